namespace Hub.Data.Seeding;

/// <summary>What <see cref="DemoDataSeeder.SeedAsync"/> did: rows inserted per table, or nothing
/// when the database already had data.</summary>
public sealed record SeedReport
{
    /// <summary>False when the database was not empty and nothing was inserted.</summary>
    public required bool Seeded { get; init; }

    public required string Message { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public int Countries { get; init; }
    public int Agencies { get; init; }
    public int AgencyTenants { get; init; }
    public int Projects { get; init; }
    public int ProjectCountries { get; init; }
    public int ProjectPartners { get; init; }
    public int DonorContributions { get; init; }
    public int CapacityBuildingActivities { get; init; }
    public int Cases { get; init; }
    public int CaseExploitationTypes { get; init; }
    public int CaseMeansOfControl { get; init; }
    public int CaseServices { get; init; }
    public int Referrals { get; init; }
    public int ReferralServices { get; init; }
    public int Consents { get; init; }

    public long TotalRows =>
        (long)Countries + Agencies + AgencyTenants + Projects + ProjectCountries + ProjectPartners + DonorContributions
        + CapacityBuildingActivities + Cases + CaseExploitationTypes + CaseMeansOfControl + CaseServices + Referrals
        + ReferralServices + Consents;
}
