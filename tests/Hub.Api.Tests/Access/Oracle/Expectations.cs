using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

/// <summary>Why a field was withheld; GraphQL <c>WithholdReason</c>.</summary>
public enum OracleWithholdReason
{
    /// <summary><c>NO_CONSENT</c>: the caller's roles allow the category but no active consent for
    /// (caller, purpose) includes it.</summary>
    NoConsent,

    /// <summary><c>MISSING_ROLE</c>: the caller's roles do not allow the category (takes precedence).</summary>
    MissingRole,
}

/// <summary>One expected <c>WithheldField</c> entry.</summary>
public sealed record ExpectedWithheld(string Field, DataCategory Category, OracleWithholdReason Reason)
{
    /// <summary>The GraphQL enum value of <see cref="Category"/>.</summary>
    public string CategoryName => GraphQLNames.Category(Category);

    /// <summary>The GraphQL enum value of <see cref="Reason"/>.</summary>
    public string ReasonName => GraphQLNames.Reason(Reason);
}

/// <summary>The expected view of one visible case for one caller, purpose and time.</summary>
/// <param name="Id">The case.</param>
/// <param name="Disclosed">Every category disclosed to the caller (rule 3), requested or not.</param>
/// <param name="DisclosedInResponse">The disclosed categories of the requested fields: what a
/// disclosure row for this response should at least name.</param>
/// <param name="Fields">Each requested gated field → its value when disclosed, <c>null</c> when withheld
/// (or unknown: <see cref="Withheld"/> tells which). Values are typed as
/// <see cref="CaseFields.Value"/> describes: country fields hold the code.</param>
/// <param name="Withheld">The expected <c>withheld</c> list, in schema order, one entry per field.</param>
public sealed record ExpectedCase(
    Guid Id,
    DataCategory Disclosed,
    DataCategory DisclosedInResponse,
    IReadOnlyDictionary<string, object?> Fields,
    IReadOnlyList<ExpectedWithheld> Withheld);

/// <summary>GraphQL enum spellings of the oracle's values.</summary>
public static class GraphQLNames
{
    public static string Category(DataCategory category) => category switch
    {
        DataCategory.Identity => "IDENTITY",
        DataCategory.Demographic => "DEMOGRAPHIC",
        DataCategory.TraffickingExperience => "TRAFFICKING_EXPERIENCE",
        DataCategory.Assistance => "ASSISTANCE",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a single category."),
    };

    public static string Reason(OracleWithholdReason reason) => reason switch
    {
        OracleWithholdReason.NoConsent => "NO_CONSENT",
        OracleWithholdReason.MissingRole => "MISSING_ROLE",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The single categories of a set, in declaration order.</summary>
    public static IReadOnlyList<DataCategory> Split(DataCategory categories) =>
        [.. new[] { DataCategory.Identity, DataCategory.Demographic, DataCategory.TraffickingExperience, DataCategory.Assistance }
            .Where(c => (categories & c) == c)];
}
