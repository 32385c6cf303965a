namespace Hub.Data.Entities;

/// <summary>A presumed or identified victim, registered by its owner agency. Fields are grouped by
/// the data category that gates them.</summary>
public sealed class Case
{
    public Guid Id { get; set; }
    public required string Reference { get; set; }
    public Guid OwnerAgencyId { get; set; }
    public Agency? OwnerAgency { get; set; }
    public DateTime RegisteredOn { get; set; }

    /// <summary>When the case last changed: what incremental sync (<c>changedSince</c>) compares,
    /// together with when a consent naming the reader was recorded.</summary>
    public DateTime ChangedOn { get; set; }

    // When the fields of each category last changed (the reference counts in every category):
    // what an agency that is shown only some categories learns of a change, and nothing more.
    public DateTime IdentityChangedOn { get; set; }
    public DateTime DemographicChangedOn { get; set; }
    public DateTime TraffickingExperienceChangedOn { get; set; }
    public DateTime AssistanceChangedOn { get; set; }

    /// <summary>The optimistic concurrency token: an update names the version it read, and one
    /// that another write has since moved on is refused.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The record key of the cell-key method (0 to 255), drawn at random when the case is
    /// registered and never changed: a statistic's cell key is the sum of its cases' keys modulo
    /// 256, and the cell's perturbation follows from it, so that the same cell always gets the same
    /// answer. Never shown.</summary>
    public byte RecordKey { get; set; }

    // IDENTITY
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Phone { get; set; }
    public string? CurrentLocation { get; set; }
    public string? DocumentNumber { get; set; }

    // DEMOGRAPHIC
    public Sex? Sex { get; set; }
    public AgeBracket? AgeBracket { get; set; }
    public string? CitizenshipCode { get; set; }
    public string? CountryOfIdentificationCode { get; set; }

    // TRAFFICKING_EXPERIENCE
    public List<CaseExploitationType> ExploitationTypes { get; set; } = [];
    public LabourSector? LabourSector { get; set; }
    public List<CaseMeansOfControl> MeansOfControl { get; set; } = [];
    public RecruitmentMethod? RecruitmentMethod { get; set; }
    public RecruiterRelation? RecruiterRelation { get; set; }
    public TraffickingDuration? TraffickingDuration { get; set; }
    public string? CountryOfExploitationCode { get; set; }

    // ASSISTANCE
    public List<CaseService> Services { get; set; } = [];
    public CaseStatus Status { get; set; }

    public List<Consent> Consents { get; set; } = [];
    public List<Referral> Referrals { get; set; } = [];
}
