using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

// The oracle's own model of the world, independent of the production entities (only their enums
// are shared, since they are the vocabulary of the contract). All times are UTC.

/// <summary>A member agency, as far as disclosure is concerned.</summary>
public sealed record OracleAgency(Guid Id, AgencyKind Kind, string CountryCode, AgencyStatus Status);

/// <summary>A person's consent for one case. The recipient is one agency
/// (<see cref="RecipientAgencyId"/>) or every agency of <see cref="RecipientKind"/> in
/// <see cref="RecipientCountryCode"/>.</summary>
public sealed record OracleConsent(
    Guid CaseId,
    Purpose Purpose,
    Guid? RecipientAgencyId,
    AgencyKind? RecipientKind,
    string? RecipientCountryCode,
    DataCategory Categories,
    DateTime GrantedOn,
    DateTime ExpiresOn,
    DateTime? RevokedOn)
{
    /// <summary>The consent's id, when the test needs to name it (to revoke it, to find it in
    /// <c>Case.consents</c>); a world that leaves it empty gets one made up when stored.</summary>
    public Guid Id { get; init; }
}

/// <summary>A case sent from one agency to another. Its own record is visible to both parties
/// (rule 7); the case behind it follows rules 2 and 3.</summary>
public sealed record OracleReferral(
    Guid Id,
    Guid CaseId,
    Guid FromAgencyId,
    Guid ToAgencyId,
    ReferralStatus Status,
    DateTime ReferredOn)
{
    /// <summary>What the case is shared for: the purpose its <c>case</c> is read for in a write's
    /// payload, and one open referral of a case to an agency per purpose.</summary>
    public Purpose Purpose { get; init; }
}

/// <summary>Who asks: the agency the token's tenant maps to, and the token's app roles.</summary>
public sealed record OracleCaller(Guid AgencyId, IReadOnlySet<string> Roles)
{
    public static OracleCaller Of(Guid agencyId, params string[] roles) =>
        new(agencyId, new HashSet<string>(roles, StringComparer.Ordinal));
}

/// <summary>The app roles the oracle knows about; compared ordinally (case-sensitive), as in the token.</summary>
public static class OracleRoles
{
    public const string CasesRead = "Cases.Read";
    public const string CasesReadIdentity = "Cases.ReadIdentity";
    public const string CasesWrite = "Cases.Write";
    public const string ConsentManage = "Consent.Manage";
}

/// <summary>Everything the oracle decides from.</summary>
public sealed record OracleWorld
{
    public required IReadOnlyList<OracleAgency> Agencies { get; init; }
    public required IReadOnlyList<OracleCase> Cases { get; init; }
    public required IReadOnlyList<OracleConsent> Consents { get; init; }

    /// <summary>Referrals between the world's agencies (none unless a test adds some).</summary>
    public IReadOnlyList<OracleReferral> Referrals { get; init; } = [];

    /// <summary>Callers a randomized test may ask as; not used by the rules themselves.</summary>
    public IReadOnlyList<OracleCaller> Callers { get; init; } = [];

    /// <summary>The time the world's consents were dated around (informational).</summary>
    public DateTime ReferenceTime { get; init; }

    public OracleAgency? FindAgency(Guid id) => Agencies.FirstOrDefault(a => a.Id == id);

    public OracleCase? FindCase(Guid id) => Cases.FirstOrDefault(c => c.Id == id);

    public OracleReferral? FindReferral(Guid id) => Referrals.FirstOrDefault(r => r.Id == id);
}
