using Hub.Api.Options;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Api.Hosting;

/// <summary>Where a query's reads go when <c>Database:ReplicaConnectionString</c> names a replica:
/// to the replica when it holds the primary's <see cref="AccessRules"/> version, that is every
/// consent revoked, referral withdrawn, agency suspended or tenant removed that the primary had
/// committed when the query began, and to the primary otherwise. A replica behind on the rules
/// never answers, however little it lags; one behind only on case data answers with what it has.
/// Writes, the disclosure rows of every answer and everything outside GraphQL queries use the
/// primary. A replica that cannot be reached is left alone for a while.</summary>
internal sealed partial class ReadReplica(IOptions<DatabaseOptions> options, ILogger<ReadReplica> logger)
{
    private const int RestMilliseconds = 30_000;

    private readonly string? _replica = options.Value.ReplicaConnectionString is { Length: > 0 } replica
        ? DatabaseRegistration.ConnectionStringOf(options.Value.Provider, replica)
        : null;

    private readonly string? _primary = options.Value.ConnectionString is { Length: > 0 } primary
        ? DatabaseRegistration.ConnectionStringOf(options.Value.Provider, primary)
        : null;

    private long _restUntil;

    /// <summary>Opens the connection a query's reads go over.</summary>
    public async Task OpenForQueryAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        if (_replica is null)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return;
        }

        var onReplica = Environment.TickCount64 >= Interlocked.Read(ref _restUntil) && await ReplicaHoldsTheRulesAsync(db, _replica, cancellationToken);
        if (!onReplica)
        {
            await ReturnToPrimaryAsync(db);
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        HubTelemetry.ReadFrom(onReplica);
    }

    // Reads the version on the primary, then leaves the context on the replica, its connection open.
    private async Task<bool> ReplicaHoldsTheRulesAsync(HubDbContext db, string replica, CancellationToken cancellationToken)
    {
        var rules = await VersionAsync(db, cancellationToken);
        db.Database.SetConnectionString(replica);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var held = await VersionAsync(db, cancellationToken);
            if (held >= rules)
            {
                return true;
            }

            ReplicaBehind(logger, rules - held);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Interlocked.Exchange(ref _restUntil, Environment.TickCount64 + RestMilliseconds);
            ReplicaUnreachable(logger, e, RestMilliseconds / 1000);
        }

        return false;
    }

    /// <summary>Points a context that reads the replica at the primary again, its connection
    /// closed; leaves one on the primary (a write's transaction with it) as it is.</summary>
    public async Task ReturnToPrimaryAsync(HubDbContext db)
    {
        if (_replica is null || db.Database.GetConnectionString() != _replica)
        {
            return;
        }

        await db.Database.CloseConnectionAsync();
        db.Database.SetConnectionString(_primary);
    }

    private static Task<long> VersionAsync(HubDbContext db, CancellationToken cancellationToken) =>
        db.AccessRules.Where(r => r.Id == AccessRules.RowId).Select(r => r.Version).SingleAsync(cancellationToken);

    [LoggerMessage(LogLevel.Debug, "The read replica is {Changes} change(s) of the access rules behind the primary: the query reads the primary")]
    private static partial void ReplicaBehind(ILogger logger, long changes);

    [LoggerMessage(LogLevel.Warning, "The read replica could not be reached; queries read the primary for {Seconds} s")]
    private static partial void ReplicaUnreachable(ILogger logger, Exception exception, int seconds);
}
