using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Hub.Api.Options;
using Hub.Api.Retention;
using Hub.Api.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Hub.Api.Commands;

/// <summary><c>purge [--before DATE] [--dry-run]</c>: the retention of the disclosure log and the
/// audit rows, which the Hub itself never deletes. It prints instants and counts, nothing a row said.</summary>
internal sealed class PurgeCommand : Command
{
    private readonly Option<DateOnly?> _before = new("--before")
    {
        Description = "Purge both logs up to the start of this day (UTC), whatever the settings say (default: the horizons of Hub:Retention:DisclosureDays and AuditDays).",
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            result.AddError($"--before takes a date as YYYY-MM-DD, not '{token}'.");
            return null;
        },
    };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Count what would be purged, and delete nothing." };

    public PurgeCommand(ICommandHost host)
        : base("purge", "Delete the disclosure rows and audit rows older than their retention (Hub:Retention), and expired idempotency keys; every round of deletes is audited. Refuses a horizon less than Hub:Retention:MinimumDays ago (365 days unless set).")
    {
        Options.Add(_before);
        Options.Add(_dryRun);
        SetAction((parse, cancellationToken) => host.RunAsync((services, stopping) => RunAsync(services, parse, stopping), cancellationToken));
    }

    private async Task<int> RunAsync(IServiceProvider services, ParseResult parse, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        RetentionOptions settings;
        try
        {
            settings = scope.ServiceProvider.GetRequiredService<IOptions<RetentionOptions>>().Value;
        }
        catch (InvalidOperationException e)
        {
            // A setting that is no number: the binder names it.
            await Console.Error.WriteLineAsync(e.Message);
            return HubCommandLine.UsageError;
        }

        var (plan, refusal) = PurgePlan.Make(parse.GetValue(_before), settings, now);
        if (plan is null)
        {
            await Console.Error.WriteLineAsync(refusal);
            return HubCommandLine.UsageError;
        }

        var purge = scope.ServiceProvider.GetRequiredService<RetentionPurge>();
        var dryRun = parse.GetValue(_dryRun);
        try
        {
            if (dryRun)
            {
                Report(plan, await purge.CountAsync(plan, cancellationToken), "to delete");
                Console.WriteLine("Dry run: nothing was deleted.");
                return 0;
            }

            var actor = Actor.OfCommand(now);
            var (deleted, rounds) = await purge.PurgeAsync(plan, actor, cancellationToken);
            Report(plan, deleted, "deleted");
            Console.WriteLine($"{rounds} round(s), each audited as {RetentionPurge.Operation} in request {actor.RequestId}.");
            return 0;
        }
        catch (Exception e) when (e is DbException or DbUpdateException or RetryLimitExceededException)
        {
            await Console.Error.WriteLineAsync(dryRun
                ? $"The count failed: {e.GetBaseException().Message}"
                : $"The purge failed: {e.GetBaseException().Message} The rounds finished before stay deleted, each with its audit row; run it again to go on.");
            return 1;
        }
    }

    private static void Report(PurgePlan plan, PurgeCounts counts, string done)
    {
        Console.WriteLine(Line("Disclosures", plan.DisclosuresBefore, counts.Disclosures));
        Console.WriteLine(Line("AuditEntries", plan.AuditEntriesBefore, counts.AuditEntries));
        Console.WriteLine($"IdempotencyRecords expired at {Instant(plan.Now)}: {counts.IdempotencyRecords} row(s) {done}");

        string Line(string table, DateTime? before, long count) =>
            before is { } instant ? $"{table} before {Instant(instant)}: {count} row(s) {done}" : $"{table}: kept (no horizon)";
    }

    private static string Instant(DateTime instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
