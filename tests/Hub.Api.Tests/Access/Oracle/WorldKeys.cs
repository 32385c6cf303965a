namespace Hub.Api.Tests.Access.Oracle;

/// <summary>The ungated values a world's cases and agencies get when stored: references, registration
/// times and agency codes follow the position in the world, so that the oracle knows the orders and
/// the values the ungated filters compare with.</summary>
public static class WorldKeys
{
    public const string Prefix = "W-";

    /// <summary>The case's reference: <c>W-0000</c>, <c>W-0001</c>, ... (ordinal order is world order).</summary>
    public static string Reference(int caseIndex) => $"{Prefix}{caseIndex:D4}";

    /// <summary>The agency's code: <c>W-0</c>, <c>W-1</c>, ...</summary>
    public static string AgencyCode(int agencyIndex) => $"{Prefix}{agencyIndex}";

    /// <summary>From thirty days before the world's reference time (or 2025-01-01 for a world without
    /// one), one minute per case in world order, so that registration order is world order and no two
    /// cases tie.</summary>
    public static DateTime RegisteredOn(DateTime referenceTime, int caseIndex) =>
        (referenceTime == default ? new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) : referenceTime.AddDays(-30)).AddMinutes(caseIndex);

    /// <summary>The ungated values of the case at <paramref name="caseIndex"/>.</summary>
    public static OracleCaseKeys Of(OracleWorld world, int caseIndex)
    {
        ArgumentNullException.ThrowIfNull(world);
        var c = world.Cases[caseIndex];
        var owner = world.Agencies.Select((a, i) => (a, i)).First(x => x.a.Id == c.OwnerAgencyId);
        return new OracleCaseKeys(Reference(caseIndex), RegisteredOn(world.ReferenceTime, caseIndex), owner.a.Id, AgencyCode(owner.i));
    }
}

/// <summary>The ungated values of a case that filters and orderings read: never withheld.</summary>
public sealed record OracleCaseKeys(string Reference, DateTime RegisteredOn, Guid OwnerId, string OwnerCode);
