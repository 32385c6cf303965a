using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Seeding;

/// <summary>Fills an empty database with the synthetic demo data: 85 countries, the agency registry,
/// 500 projects, 2,000 capacity-building activities and any number of cases with their referrals
/// and consents. The same seed and anchor give the same rows, ids included, on every run and
/// provider.</summary>
public static class DemoDataSeeder
{
    /// <summary>The seed of every random stream of the demo data.</summary>
    public const int Seed = 20_260_701;

    /// <summary>Cases are generated and inserted this many at a time, with their rows, then
    /// forgotten, so that a benchmark-sized seed runs in constant memory.</summary>
    public const int ChunkSize = 5_000;

    /// <summary>The instant "now" of the demo data: every date is relative to it, never to the clock.</summary>
    public static DateTime Anchor { get; } = new(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Seeds an empty database; does nothing when Countries already has rows. Everything
    /// goes in one transaction (unless the caller has one open), so a failed seed leaves the database
    /// empty and the next start tries again.</summary>
    public static async Task<SeedReport> SeedAsync(HubDbContext db, int caseCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegative(caseCount);
        var stopwatch = Stopwatch.StartNew();
        if (await db.Countries.AnyAsync(cancellationToken))
        {
            return new SeedReport
            {
                Seeded = false,
                Message = "The database already has data; nothing was seeded.",
                Elapsed = stopwatch.Elapsed,
            };
        }

        // With a retrying strategy (SQL Server, PostgreSQL) a transaction must run inside it; a
        // retry starts again from the first row, which determinism makes safe.
        var strategy = db.Database.CreateExecutionStrategy();
        var report = await strategy.ExecuteAsync(
            (db, caseCount),
            static (state, ct) => InsertAllAsync(state.db, state.caseCount, ct),
            cancellationToken);
        return report with { Elapsed = stopwatch.Elapsed };
    }

    private static async Task<SeedReport> InsertAllAsync(HubDbContext db, int caseCount, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(cancellationToken)
                : null;
            await using var inserter = new RowInserter(db);
            var reference = ReferenceData.Generate(Seed, Anchor);
            var report = await InsertReferenceDataAsync(inserter, reference, cancellationToken);
            var cases = new CaseGenerator(new SeedRandom(Seed + 4), reference.Directory, reference.Portfolio, Anchor, caseCount);
            while (cases.HasMore)
            {
                var batch = cases.Next(ChunkSize);
                await InsertAsync(inserter, batch, cancellationToken);
                report = report with
                {
                    Cases = report.Cases + batch.Cases.Count,
                    CaseExploitationTypes = report.CaseExploitationTypes + batch.ExploitationTypes.Count,
                    CaseMeansOfControl = report.CaseMeansOfControl + batch.MeansOfControl.Count,
                    CaseServices = report.CaseServices + batch.Services.Count,
                    Referrals = report.Referrals + batch.Referrals.Count,
                    ReferralServices = report.ReferralServices + batch.ReferralServices.Count,
                    Consents = report.Consents + batch.Consents.Count,
                };
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return report with { Message = $"Seeded the demo data: {report.Cases} cases, {report.TotalRows} rows." };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<SeedReport> InsertReferenceDataAsync(RowInserter inserter, ReferenceData reference, CancellationToken cancellationToken)
    {
        await inserter.InsertAsync(reference.Countries, cancellationToken);
        await inserter.InsertAsync(reference.Directory.Agencies, cancellationToken);
        await inserter.InsertAsync(reference.Directory.Tenants, cancellationToken);
        await inserter.InsertAsync(reference.Portfolio.Projects, cancellationToken);
        await inserter.InsertAsync(reference.Portfolio.Countries, cancellationToken);
        await inserter.InsertAsync(reference.Portfolio.Partners, cancellationToken);
        await inserter.InsertAsync(reference.Portfolio.Contributions, cancellationToken);
        await inserter.InsertAsync(reference.Activities, cancellationToken);
        return new SeedReport
        {
            Seeded = true,
            Message = "",
            Elapsed = TimeSpan.Zero,
            Countries = reference.Countries.Count,
            Agencies = reference.Directory.Agencies.Count,
            AgencyTenants = reference.Directory.Tenants.Count,
            Projects = reference.Portfolio.Projects.Count,
            ProjectCountries = reference.Portfolio.Countries.Count,
            ProjectPartners = reference.Portfolio.Partners.Count,
            DonorContributions = reference.Portfolio.Contributions.Count,
            CapacityBuildingActivities = reference.Activities.Count,
        };
    }

    /// <summary>Principals first: the foreign keys are checked row by row.</summary>
    private static async Task InsertAsync(RowInserter inserter, CaseBatch batch, CancellationToken cancellationToken)
    {
        await inserter.InsertAsync(batch.Cases, cancellationToken);
        await inserter.InsertAsync(batch.ExploitationTypes, cancellationToken);
        await inserter.InsertAsync(batch.MeansOfControl, cancellationToken);
        await inserter.InsertAsync(batch.Services, cancellationToken);
        await inserter.InsertAsync(batch.Referrals, cancellationToken);
        await inserter.InsertAsync(batch.ReferralServices, cancellationToken);
        await inserter.InsertAsync(batch.Consents, cancellationToken);
    }
}
