using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Data.Seeding;

/// <summary>Fills an empty database with the synthetic demo data: 85 countries, the agency registry,
/// 500 projects, 2,000 capacity-building activities and any number of cases with their referrals
/// and consents. Every date is an offset from the day it is generated on, so the data looks equally
/// fresh whenever it is made: its consents, referrals and projects are as current as ever. The same
/// day gives the same rows, ids included, on every run and provider; the rows depend on the case
/// count but never on the chunk size.</summary>
public static class DemoDataSeeder
{
    /// <summary>The seed of every random stream of the demo data.</summary>
    public const int Seed = 20_260_701;

    /// <summary>Cases are generated and inserted this many at a time, with their rows, then
    /// forgotten, so that a benchmark-sized seed runs in constant memory.</summary>
    public const int ChunkSize = 5_000;

    // Up to this many cases everything is one transaction, so that an interrupted first start
    // leaves an empty database that the next start seeds again. Above it each chunk commits on its
    // own: one transaction of a million cases would hold gigabytes in SQLite's WAL or SQL Server's log.
    private const int SingleTransactionLimit = 100_000;

    /// <summary>Seeds an empty database; does nothing when Countries already has rows. Rows are
    /// written with batched INSERTs on the context's connection, without the change tracker. Up to
    /// 100,000 cases (or inside the caller's transaction) the seed is all or nothing; larger seeds
    /// commit chunk by chunk. <paramref name="today"/> is the day the data is generated on, in UTC:
    /// the caller takes it from the clock the Hub judges consents by, so that they are active.</summary>
    public static async Task<SeedReport> SeedAsync(HubDbContext db, int caseCount, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegative(caseCount);
        var anchor = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
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

        // A retrying strategy (SQL Server, PostgreSQL) needs every transaction inside it; a retry
        // inserts the same rows again, which determinism makes safe.
        var strategy = db.Database.CreateExecutionStrategy();
        var report = caseCount <= SingleTransactionLimit || db.Database.CurrentTransaction is not null
            ? await strategy.ExecuteAsync(
                (db, caseCount, anchor),
                static (state, ct) => InTransactionAsync(state.db, inserter => InsertEverythingAsync(inserter, state.caseCount, state.anchor, ct), ct),
                cancellationToken)
            : await InsertChunkByChunkAsync(db, strategy, caseCount, anchor, cancellationToken);
        return report with
        {
            Message = $"Seeded the demo data as of {today:yyyy-MM-dd}: {report.Cases} cases, {report.TotalRows} rows.",
            Elapsed = stopwatch.Elapsed,
        };
    }

    private static async Task<SeedReport> InsertEverythingAsync(RowInserter inserter, int caseCount, DateTime anchor, CancellationToken cancellationToken)
    {
        var reference = ReferenceData.Generate(Seed, anchor);
        var report = await InsertReferenceDataAsync(inserter, reference, cancellationToken);
        var cases = new CaseGenerator(new SeedRandom(Seed + 4), reference.Directory, reference.Portfolio, anchor, caseCount);
        while (cases.HasMore)
        {
            report = Counted(report, await InsertAsync(inserter, cases.Next(ChunkSize), cancellationToken));
        }

        return report;
    }

    private static async Task<SeedReport> InsertChunkByChunkAsync(
        HubDbContext db, IExecutionStrategy strategy, int caseCount, DateTime anchor, CancellationToken cancellationToken)
    {
        var reference = ReferenceData.Generate(Seed, anchor);
        var report = await strategy.ExecuteAsync(
            (db, reference),
            static (state, ct) => InTransactionAsync(state.db, inserter => InsertReferenceDataAsync(inserter, state.reference, ct), ct),
            cancellationToken);
        var cases = new CaseGenerator(new SeedRandom(Seed + 4), reference.Directory, reference.Portfolio, anchor, caseCount);
        while (cases.HasMore)
        {
            var batch = await strategy.ExecuteAsync(
                (db, batch: cases.Next(ChunkSize)),
                static (state, ct) => InTransactionAsync(state.db, inserter => InsertAsync(inserter, state.batch, ct), ct),
                cancellationToken);
            report = Counted(report, batch);
        }

        return report;
    }

    /// <summary>Runs the work in a transaction of its own, or in the caller's when one is open.</summary>
    private static async Task<T> InTransactionAsync<T>(HubDbContext db, Func<RowInserter, Task<T>> work, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(cancellationToken)
                : null;
            await using var inserter = new RowInserter(db);
            var result = await work(inserter);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return result;
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

    /// <summary>Principals first: foreign keys are checked row by row.</summary>
    private static async Task<CaseBatch> InsertAsync(RowInserter inserter, CaseBatch batch, CancellationToken cancellationToken)
    {
        await inserter.InsertAsync(batch.Cases, cancellationToken);
        await inserter.InsertAsync(batch.ExploitationTypes, cancellationToken);
        await inserter.InsertAsync(batch.MeansOfControl, cancellationToken);
        await inserter.InsertAsync(batch.Services, cancellationToken);
        await inserter.InsertAsync(batch.Referrals, cancellationToken);
        await inserter.InsertAsync(batch.ReferralServices, cancellationToken);
        await inserter.InsertAsync(batch.Consents, cancellationToken);
        return batch;
    }

    private static SeedReport Counted(SeedReport report, CaseBatch batch) => report with
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
