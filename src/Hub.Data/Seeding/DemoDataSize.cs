namespace Hub.Data.Seeding;

/// <summary>Case counts for <see cref="DemoDataSeeder.SeedAsync"/>. Countries, agencies, projects and
/// activities are the same at every size; referrals and consents scale with the cases.</summary>
public static class DemoDataSize
{
    /// <summary>The data set of a fresh development start.</summary>
    public const int Demo = 15_000;

    /// <summary>The data set for load and query-plan benchmarks.</summary>
    public const int Benchmark = 1_000_000;
}
