namespace Hub.Api.Statistics;

/// <summary>What a statistic can group its counts by.</summary>
internal enum StatisticsDimension
{
    CountryOfIdentification,
    Citizenship,
    CountryOfExploitation,
    Sex,
    AgeBracket,
    ExploitationType,
    MeansOfControl,
    ServiceNeeded,
    ServiceReceived,
    CaseStatus,
    YearOfRegistration,
    YearOfReferral,
    ReferralStatus,
    Purpose,
    ServiceReferred,
}

/// <summary>What a statistic counts.</summary>
[Flags]
internal enum CountedUnit
{
    Cases = 1,
    Referrals = 2,
}
