using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Commands;

/// <summary>The <c>purge</c> command, run as an operator runs it (Hub.Api.dll in a process of its
/// own, as in production) on a test Hub's database: SQLite, or PostgreSQL when the suite runs there.
/// The process reads the machine's clock, not the test Hub's, so the rows are dated from it.</summary>
public sealed partial class PurgeCommandTests(EmptyHub hub) : IClassFixture<EmptyHub>
{
    private static readonly DateTime Today = DateTime.UtcNow.Date;

    [Fact]
    public async Task Purge_DeletesTheRowsOlderThanTheHorizon_KeepsTheNewer_AndAuditsItself_WithCountsOnly()
    {
        var seeded = await SeedAsync(10, 400, 800, 1200);
        var horizon = Today.AddDays(-500);
        var expected = await CountAsync(horizon, horizon);

        // The Hub's logs and EF Core's at their most verbose: every statement, and whatever else is logged.
        var (exitCode, output, error) = await PurgeAsync("--before", Day(horizon), "--Logging:LogLevel:Default=Trace", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Trace");

        Assert.True(exitCode == 0, error);
        Assert.Equal(new Counts(0, 0, 0), await CountAsync(horizon, horizon));
        Assert.Equal("400 10", await DisclosureAgesAsync(seeded));
        Assert.Equal("400 10", await AuditAgesAsync(seeded));
        Assert.Equal(1, await hub.WithDbAsync(db => db.IdempotencyRecords.CountAsync(r => r.Key.StartsWith(seeded.Marker))));
        var audit = Assert.Single(await PurgeRowsAsync(RequestOf(output)));
        Assert.Equal(expected, Deleted(audit));
        Assert.Equal(("command", false, null, null), (audit.ActorId, audit.ActorIsApp, audit.TenantId, audit.AgencyId));
        Assert.Equal(horizon, JsonDocument.Parse(audit.AfterJson!).RootElement.GetProperty("disclosuresBefore").GetDateTime().ToUniversalTime());
        Assert.Contains($"Disclosures before {Day(horizon)}T00:00:00Z: {expected.Disclosures} row(s) deleted", output, StringComparison.Ordinal);
        Assert.Contains($"AuditEntries before {Day(horizon)}T00:00:00Z: {expected.AuditEntries} row(s) deleted", output, StringComparison.Ordinal);
        Assert.All(seeded.PersonalData, value => Assert.DoesNotContain(value, output + error, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ADryRun_CountsWhatWouldGo_AndDeletesNothing()
    {
        await SeedAsync(10, 800, 1200);
        var horizon = Today.AddDays(-500);
        var expected = await CountAsync(horizon, horizon);
        var rows = await TotalAsync();

        var (exitCode, output, error) = await PurgeAsync("--before", Day(horizon), "--dry-run");

        Assert.True(exitCode == 0, error);
        Assert.True(expected.Disclosures >= 2 && expected.AuditEntries >= 2 && expected.IdempotencyRecords >= 1);
        Assert.Contains($"Disclosures before {Day(horizon)}T00:00:00Z: {expected.Disclosures} row(s) to delete", output, StringComparison.Ordinal);
        Assert.Contains($"AuditEntries before {Day(horizon)}T00:00:00Z: {expected.AuditEntries} row(s) to delete", output, StringComparison.Ordinal);
        Assert.Contains($": {expected.IdempotencyRecords} row(s) to delete", output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was deleted.", output, StringComparison.Ordinal);
        Assert.Equal(rows, await TotalAsync());
    }

    // Each round is a transaction of its own with its own audit row; the purge's rows are newer
    // than any horizon, so neither this purge nor the next deletes them.
    [Fact]
    public async Task TheSettings_SetEachLogsHorizon_AndABatchPerRound_EachRoundAudited()
    {
        var seeded = await SeedAsync(10, 400, 600, 700, 800, 900, 1000);
        var settings = new[] { "--Hub:Retention:DisclosureDays=500", "--Hub:Retention:BatchSize=2" };
        var auditRows = await hub.WithDbAsync(db => db.AuditEntries.CountAsync());
        var expected = await CountAsync(Today.AddDays(-500), null);

        var first = await PurgeAsync(settings);
        var second = await PurgeAsync(settings);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal("400 10", await DisclosureAgesAsync(seeded));
        Assert.Equal("1000 900 800 700 600 400 10", await AuditAgesAsync(seeded));
        Assert.Contains("AuditEntries: kept (no horizon)", first.Output, StringComparison.Ordinal);
        var rounds = await PurgeRowsAsync(RequestOf(first.Output));
        Assert.True(rounds.Count >= 3, $"{rounds.Count} round(s)");
        Assert.Contains($"{rounds.Count} round(s), each audited", first.Output, StringComparison.Ordinal);
        Assert.All(rounds, r => Assert.True(Deleted(r).Disclosures <= 2 && Deleted(r).AuditEntries == 0));
        Assert.Equal(expected, rounds.Select(Deleted).Aggregate((a, b) => new Counts(a.Disclosures + b.Disclosures, a.AuditEntries + b.AuditEntries, a.IdempotencyRecords + b.IdempotencyRecords)));
        Assert.Single(await PurgeRowsAsync(RequestOf(second.Output)));
        Assert.Equal(auditRows + rounds.Count + 1, await hub.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    public static TheoryData<string[], string> TooRecent => new()
    {
        { ["--before", Day(Today.AddDays(-10))], "Hub:Retention:MinimumDays (365 days)" },
        { ["--before", Day(Today.AddDays(30))], "Hub:Retention:MinimumDays (365 days)" },
        { ["--Hub:Retention:DisclosureDays=30"], "Hub:Retention:MinimumDays (365 days)" },
        { ["--Hub:Retention:DisclosureDays=400", "--Hub:Retention:AuditDays=364"], "Hub:Retention:MinimumDays (365 days)" },
        { ["--before", Day(Today.AddDays(-600)), "--Hub:Retention:MinimumDays=700"], "Hub:Retention:MinimumDays (700 days)" },
    };

    [Theory]
    [MemberData(nameof(TooRecent))]
    public async Task AHorizonTooRecent_IsRefused_AndNothingIsDeleted(string[] arguments, string named)
    {
        await SeedAsync(10, 400, 800);
        var rows = await TotalAsync();

        var (exitCode, output, error) = await PurgeAsync([.. arguments, "--dry-run"]);
        var (exitCodeForReal, _, errorForReal) = await PurgeAsync(arguments);

        Assert.Equal((2, 2), (exitCode, exitCodeForReal));
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Contains("nothing was purged", errorForReal, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + errorForReal, StringComparison.Ordinal);
        Assert.DoesNotContain("deleted", output, StringComparison.Ordinal);
        Assert.Equal(rows, await TotalAsync());
    }

    [Theory]
    [InlineData("", "No horizon")]
    [InlineData("--Hub:Retention:AuditDays=0", "from 1 to 36500")]
    [InlineData("--Hub:Retention:DisclosureDays=99999", "from 1 to 36500")]
    [InlineData("--Hub:Retention:MinimumDays=0 --Hub:Retention:DisclosureDays=400", "from 1 to 36500")]
    [InlineData("--Hub:Retention:BatchSize=0 --Hub:Retention:DisclosureDays=400", "BatchSize")]
    [InlineData("--Hub:Retention:DisclosureDays=soon", "Hub:Retention:DisclosureDays")]
    public async Task AMissingOrWrongSetting_IsNamed_AndNothingIsDeleted(string settings, string named)
    {
        await SeedAsync(800);
        var rows = await TotalAsync();

        var (exitCode, _, error) = await PurgeAsync(settings.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, exitCode);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(rows, await TotalAsync());
    }

    [Fact]
    public async Task ADatabaseItCannotPurge_FailsWithOne_AndAMessage_NotAStackTrace()
    {
        // A data folder of its own, where the SQLite file it opens has no tables.
        var (exitCode, _, error, _) = await HubProcess.RunAsync("purge", "--before", Day(Today.AddDays(-500)), "--environment=Production", "--Hub:DataFolder={data}");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("The purge failed: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> PurgeAsync(params string[] arguments)
    {
        var (exitCode, output, error, _) = await HubProcess.RunAsync(["purge", .. arguments, "--environment=Production", .. hub.DatabaseArguments]);
        return (exitCode, output, error);
    }

    /// <summary>A disclosure row and an audit row of each age in days, an expired idempotency key
    /// and one that is still valid, all naming people and cases the output must not.</summary>
    private async Task<Seeded> SeedAsync(params int[] ages)
    {
        var marker = Guid.NewGuid().ToString("N");
        var cases = ages.Select(_ => Guid.NewGuid()).ToList();
        await hub.WithDbAsync(db =>
        {
            foreach (var (age, @case) in ages.Zip(cases))
            {
                db.Disclosures.Add(new Disclosure
                {
                    Id = Guid.CreateVersion7(),
                    RequestId = "req-" + marker,
                    OccurredAt = Today.AddDays(-age),
                    AgencyId = Guid.NewGuid(),
                    CallerId = "caller-" + marker,
                    Purpose = Purpose.Assistance,
                    OperationName = "CaseOf" + marker,
                    DocumentHash = "sha256:" + marker,
                    CaseId = @case,
                    Categories = DataCategory.Identity,
                });
                db.AuditEntries.Add(new AuditEntry
                {
                    OccurredAt = Today.AddDays(-age),
                    RequestId = "req-" + marker,
                    AgencyId = Guid.NewGuid(),
                    TenantId = "tenant-" + marker,
                    ActorId = "actor-" + marker,
                    Action = "updateCase",
                    EntityType = nameof(Case),
                    EntityId = @case.ToString(),
                    ChangedFields = "givenName",
                });
            }

            db.IdempotencyRecords.AddRange(
                new IdempotencyRecord { OwnerId = Guid.NewGuid(), Key = marker + "-expired", Fingerprint = new string('0', 64), CreatedAt = Today.AddDays(-3), ExpiresAt = Today.AddDays(-2) },
                new IdempotencyRecord { OwnerId = Guid.NewGuid(), Key = marker + "-live", Fingerprint = new string('0', 64), CreatedAt = Today, ExpiresAt = Today.AddDays(30) });
            return db.SaveChangesAsync();
        });
        return new Seeded(marker, [marker, .. cases.Select(c => c.ToString()), .. cases.Select(c => c.ToString("N"))]);
    }

    private Task<string> DisclosureAgesAsync(Seeded seeded) => hub.WithDbAsync(async db =>
        Ages(await db.Disclosures.Where(d => d.RequestId == "req-" + seeded.Marker).Select(d => d.OccurredAt).ToListAsync()));

    private Task<string> AuditAgesAsync(Seeded seeded) => hub.WithDbAsync(async db =>
        Ages(await db.AuditEntries.Where(a => a.RequestId == "req-" + seeded.Marker).Select(a => a.OccurredAt).ToListAsync()));

    /// <summary>The ages in days of the rows left, oldest first.</summary>
    private static string Ages(List<DateTime> instants) => string.Join(' ', instants.Select(i => (int)(Today - i).TotalDays).OrderDescending());

    /// <summary>What a purge with these horizons would delete now: every such row in the database,
    /// other tests' included.</summary>
    private Task<Counts> CountAsync(DateTime? disclosuresBefore, DateTime? auditBefore)
    {
        var now = DateTime.UtcNow;
        return hub.WithDbAsync(async db => new Counts(
            disclosuresBefore is { } d ? await db.Disclosures.CountAsync(x => x.OccurredAt < d) : 0,
            auditBefore is { } a ? await db.AuditEntries.CountAsync(x => x.OccurredAt < a) : 0,
            await db.IdempotencyRecords.CountAsync(r => r.ExpiresAt <= now)));
    }

    private Task<(int, int, int)> TotalAsync() => hub.WithDbAsync(async db =>
        (await db.Disclosures.CountAsync(), await db.AuditEntries.CountAsync(), await db.IdempotencyRecords.CountAsync()));

    private Task<List<AuditEntry>> PurgeRowsAsync(string requestId) =>
        hub.WithDbAsync(db => db.AuditEntries.Where(a => a.RequestId == requestId && a.Action == "purgeRetention").ToListAsync());

    private static Counts Deleted(AuditEntry purge)
    {
        var after = JsonDocument.Parse(purge.AfterJson!).RootElement;
        return new Counts(after.GetProperty("disclosures").GetInt32(), after.GetProperty("auditEntries").GetInt32(), after.GetProperty("idempotencyRecords").GetInt32());
    }

    private static string RequestOf(string output) => RequestPattern().Match(output) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException(output);

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"in request (command-[0-9a-f]{32})\.")]
    private static partial Regex RequestPattern();

    private sealed record Counts(int Disclosures, int AuditEntries, int IdempotencyRecords);

    private sealed record Seeded(string Marker, IReadOnlyList<string> PersonalData);
}
