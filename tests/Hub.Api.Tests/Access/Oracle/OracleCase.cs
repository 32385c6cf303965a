using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

/// <summary>A case: its owner and the values of every gated field, grouped by data category.
/// Country fields hold the ISO 3166-1 alpha-3 code; list fields are never null (empty when unknown).</summary>
public sealed record OracleCase(
    Guid Id,
    Guid OwnerAgencyId,
    OracleIdentity Identity,
    OracleDemographic Demographic,
    OracleTraffickingExperience TraffickingExperience,
    OracleAssistance Assistance)
{
    /// <summary>The cell-key method's record key (0 by default).</summary>
    public byte RecordKey { get; init; }

    /// <summary>A case with every gated value unknown.</summary>
    public static OracleCase Blank(Guid id, Guid ownerAgencyId) => new(id, ownerAgencyId, new(), new(), new(), new());
}

/// <summary><c>IDENTITY</c> values.</summary>
public sealed record OracleIdentity
{
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? Phone { get; init; }
    public string? CurrentLocation { get; init; }
    public string? DocumentNumber { get; init; }
}

/// <summary><c>DEMOGRAPHIC</c> values (quasi-identifiers).</summary>
public sealed record OracleDemographic
{
    public Sex? Sex { get; init; }
    public AgeBracket? AgeBracket { get; init; }
    public string? Citizenship { get; init; }
    public string? CountryOfIdentification { get; init; }
}

/// <summary><c>TRAFFICKING_EXPERIENCE</c> values.</summary>
public sealed record OracleTraffickingExperience
{
    public IReadOnlyList<ExploitationType> ExploitationTypes { get; init; } = [];
    public LabourSector? LabourSector { get; init; }
    public IReadOnlyList<MeansOfControl> MeansOfControl { get; init; } = [];
    public RecruitmentMethod? RecruitmentMethod { get; init; }
    public RecruiterRelation? RecruiterRelation { get; init; }
    public TraffickingDuration? TraffickingDuration { get; init; }
    public string? CountryOfExploitation { get; init; }
}

/// <summary><c>ASSISTANCE</c> values. <see cref="ServicesReceived"/> is expected to be a subset of
/// <see cref="ServicesNeeded"/> (a needed service is marked received once delivered).</summary>
public sealed record OracleAssistance
{
    public IReadOnlyList<Service> ServicesNeeded { get; init; } = [];
    public IReadOnlyList<Service> ServicesReceived { get; init; } = [];
    public CaseStatus Status { get; init; } = CaseStatus.Registered;
}
