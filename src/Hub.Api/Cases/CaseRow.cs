using Hub.Data.Entities;

namespace Hub.Api.Cases;

/// <summary>The columns of one case a query read. Gated members are null when not selected or not
/// disclosed; the flags say which categories the policy disclosed, so that "withheld" and
/// "unknown" stay apart.</summary>
internal sealed class CaseRow
{
    public Guid Id { get; init; }
    public Guid OwnerAgencyId { get; init; }
    public string? Reference { get; init; }
    public DateTime? RegisteredOn { get; init; }

    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? Phone { get; init; }
    public string? CurrentLocation { get; init; }
    public string? DocumentNumber { get; init; }

    public Sex? Sex { get; init; }
    public AgeBracket? AgeBracket { get; init; }
    public string? CitizenshipCode { get; init; }
    public string? CountryOfIdentificationCode { get; init; }

    public LabourSector? LabourSector { get; init; }
    public RecruitmentMethod? RecruitmentMethod { get; init; }
    public RecruiterRelation? RecruiterRelation { get; init; }
    public TraffickingDuration? TraffickingDuration { get; init; }
    public string? CountryOfExploitationCode { get; init; }

    public CaseStatus? Status { get; init; }

    public bool IdentityDisclosed { get; init; }
    public bool DemographicDisclosed { get; init; }
    public bool TraffickingExperienceDisclosed { get; init; }
    public bool AssistanceDisclosed { get; init; }

    /// <summary>The purpose the case was read for; its relations are read under the same one.</summary>
    public Purpose Purpose { get; set; }

    /// <summary>The fields the client selected on this case.</summary>
    public IReadOnlySet<string> Selected { get; set; } = new HashSet<string>();

    public bool Discloses(DataCategory category) => category switch
    {
        DataCategory.Identity => IdentityDisclosed,
        DataCategory.Demographic => DemographicDisclosed,
        DataCategory.TraffickingExperience => TraffickingExperienceDisclosed,
        DataCategory.Assistance => AssistanceDisclosed,
        _ => false,
    };
}
