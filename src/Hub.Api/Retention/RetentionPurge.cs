using System.Linq.Expressions;
using Hub.Api.Options;
using Hub.Api.Writes;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Api.Retention;

/// <summary>Deletes what a <see cref="PurgePlan"/> names, oldest first, in rounds: each round deletes
/// at most <c>Hub:Retention:BatchSize</c> rows of each table and appends its own audit row, in one
/// transaction. No round holds many locks for long (SQLite locks the whole file while a transaction
/// writes, and the serving instances go on writing disclosures), and every row deleted is accounted
/// for by an audit row committed with its deletion: a run cut short leaves its finished rounds, each
/// audited, and the next run goes on from there.</summary>
internal sealed class RetentionPurge(HubDbContext db, IOptions<RetentionOptions> options)
{
    public const string Operation = "purgeRetention";

    public async Task<PurgeCounts> CountAsync(PurgePlan plan, CancellationToken cancellationToken) => new(
        Disclosures(plan) is { } disclosures ? await disclosures.LongCountAsync(cancellationToken) : 0,
        AuditEntries(plan) is { } audit ? await audit.LongCountAsync(cancellationToken) : 0,
        await IdempotencyPurge.Expired(db, plan.Now).LongCountAsync(cancellationToken));

    /// <summary>Purges in rounds until nothing is left; a run that finds nothing still leaves one
    /// audit row, which says so.</summary>
    public async Task<(PurgeCounts Deleted, int Rounds)> PurgeAsync(PurgePlan plan, Actor actor, CancellationToken cancellationToken)
    {
        var batch = options.Value.BatchSize;
        var strategy = db.Database.CreateExecutionStrategy();
        var deleted = default(PurgeCounts);
        var rounds = 0;
        while (true)
        {
            var first = rounds == 0;
            var round = await strategy.ExecuteAsync(() => RoundAsync(plan, actor, batch, first, cancellationToken));
            if (round.Total == 0 && !first)
            {
                // The round before took the last rows (or another purge did meanwhile): this one
                // wrote nothing, not even its row.
                return (deleted, rounds);
            }

            deleted += round;
            rounds++;
            if (round.Disclosures < batch && round.AuditEntries < batch && round.IdempotencyRecords < batch)
            {
                return (deleted, rounds);
            }
        }
    }

    private async Task<PurgeCounts> RoundAsync(PurgePlan plan, Actor actor, int batch, bool first, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var round = new PurgeCounts(
            await DeleteOldestAsync(Disclosures(plan), d => d.OccurredAt, batch, cancellationToken),
            await DeleteOldestAsync(AuditEntries(plan), a => a.OccurredAt, batch, cancellationToken),
            await DeleteOldestAsync(IdempotencyPurge.Expired(db, plan.Now), r => r.ExpiresAt, batch, cancellationToken));
        if (round.Total == 0 && !first)
        {
            return round;
        }

        // Instants and counts only: nothing a deleted row said.
        db.AuditEntries.Add(AuditTrail.Entry(actor, Operation, "Retention", "Disclosures,AuditEntries,IdempotencyRecords", [], new
        {
            disclosuresBefore = plan.DisclosuresBefore,
            auditEntriesBefore = plan.AuditEntriesBefore,
            disclosures = round.Disclosures,
            auditEntries = round.AuditEntries,
            idempotencyRecords = round.IdempotencyRecords,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return round;
    }

    // Oldest first, along the table's index on the instant: each round reads only what it deletes.
    private static async Task<int> DeleteOldestAsync<T>(IQueryable<T>? rows, Expression<Func<T, DateTime>> instant, int batch, CancellationToken cancellationToken) =>
        rows is null ? 0 : await rows.OrderBy(instant).Take(batch).ExecuteDeleteAsync(cancellationToken);

    private IQueryable<Disclosure>? Disclosures(PurgePlan plan) =>
        plan.DisclosuresBefore is { } before ? db.Disclosures.Where(d => d.OccurredAt < before) : null;

    private IQueryable<AuditEntry>? AuditEntries(PurgePlan plan) =>
        plan.AuditEntriesBefore is { } before ? db.AuditEntries.Where(a => a.OccurredAt < before) : null;
}
