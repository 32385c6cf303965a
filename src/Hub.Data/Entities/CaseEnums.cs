namespace Hub.Data.Entities;

// Case taxonomies, after the CTDC and HTCDS data standards so that figures compare with the
// global datasets.

public enum Sex { Female, Male, Other }

/// <summary>The CTDC age brackets at identification.</summary>
public enum AgeBracket { Age0To8, Age9To17, Age18To20, Age21To23, Age24To26, Age27To29, Age30To38, Age39To47, Age48Plus }

public enum ExploitationType
{
    SexualExploitation,
    ForcedLabour,
    ForcedCriminality,
    ForcedMarriage,
    DomesticServitude,
    Begging,
    OrganRemoval,
    Other,
}

public enum LabourSector
{
    Agriculture,
    Aquafarming,
    Begging,
    Construction,
    DomesticWork,
    Hospitality,
    Manufacturing,
    MiningOrDrilling,
    Peddling,
    Transportation,
    IllicitActivities,
    Other,
}

/// <summary>The HTCDS means of control.</summary>
public enum MeansOfControl
{
    DebtBondage,
    TakesEarnings,
    Threats,
    PsychologicalAbuse,
    PhysicalAbuse,
    SexualAbuse,
    FalsePromises,
    PsychoactiveSubstances,
    RestrictsMovement,
    RestrictsMedicalCare,
    ExcessiveWorkingHours,
    ThreatOfLawEnforcement,
    WithholdsNecessities,
    WithholdsDocuments,
    Other,
}

public enum RecruitmentMethod { FalseJobOffer, RomanticRelationship, FamilyArrangement, OnlineAdvertisement, SocialMedia, Abduction, EducationOffer, Other }

public enum RecruiterRelation { IntimatePartner, Friend, FamilyMember, EmployerOrAgent, Stranger, Other }

/// <summary>The CTDC brackets of time spent in the trafficking situation.</summary>
public enum TraffickingDuration { LessThanOneMonth, OneToSixMonths, SixToTwelveMonths, MoreThanTwelveMonths }

public enum Service { Shelter, Medical, Psychosocial, Legal, Return, Reintegration, Livelihood, Education }

public enum CaseStatus { Registered, ReceivingAssistance, AssistanceCompleted, Closed }

public enum ReferralStatus { Pending, Accepted, Declined, Completed, Withdrawn }
