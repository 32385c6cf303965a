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
/// Nor does a database that is not a read-only copy of the primary's (another database, a restored
/// or promoted copy), whose version would say nothing about the primary's rules.
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

    // The contexts pointed at the replica, until they are pointed back.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<HubDbContext, object> _onReplica = [];

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

    // Reads the mark on the primary, then leaves the context on the replica, its connection open.
    private async Task<bool> ReplicaHoldsTheRulesAsync(HubDbContext db, string replica, CancellationToken cancellationToken)
    {
        var primary = await MarkAsync(db, cancellationToken);
        db.Database.SetConnectionString(replica);
        _onReplica.AddOrUpdate(db, this);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var held = await MarkAsync(db, cancellationToken);
            if (!held.ReadOnly || held.Identity != primary.Identity)
            {
                // Not a copy of this database that follows it (another database, a restored or
                // promoted copy): its version says nothing about this primary's rules.
                Rest();
                ReplicaNotACopy(logger, RestMilliseconds / 1000);
                return false;
            }

            if (held.Version >= primary.Version)
            {
                return true;
            }

            ReplicaBehind(logger, primary.Version - held.Version);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Rest();
            ReplicaUnreachable(logger, e, RestMilliseconds / 1000);
        }

        return false;
    }

    private void Rest() => Interlocked.Exchange(ref _restUntil, Environment.TickCount64 + RestMilliseconds);

    // The access rules' version, which database this is (on PostgreSQL its cluster's system
    // identifier, which a streaming replica shares, and its name; on SQL Server, whose named
    // replicas have names of their own, nothing), and whether it is a read-only copy.
    private Task<Mark> MarkAsync(HubDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<Mark>(options.Value.Provider == DatabaseProvider.SqlServer
            ? $"""
              SELECT r.[Version], N'' AS [Identity],
                CAST(CASE WHEN DATABASEPROPERTYEX(DB_NAME(), 'Updateability') = 'READ_ONLY' THEN 1 ELSE 0 END AS bit) AS [ReadOnly]
              FROM [AccessRules] AS r WHERE r.[Id] = {AccessRules.RowId}
              """
            : $"""
              SELECT r."Version", c.system_identifier::text || '/' || current_database() AS "Identity", pg_is_in_recovery() AS "ReadOnly"
              FROM "AccessRules" AS r, pg_control_system() AS c WHERE r."Id" = {AccessRules.RowId}
              """).SingleAsync(cancellationToken);

    private sealed record Mark(long Version, string Identity, bool ReadOnly);

    /// <summary>Points a context that reads the replica at the primary again, its connection
    /// closed; leaves one on the primary (a write's transaction with it) as it is.</summary>
    public async Task ReturnToPrimaryAsync(HubDbContext db)
    {
        if (!_onReplica.Remove(db))
        {
            return;
        }

        await db.Database.CloseConnectionAsync();
        db.Database.SetConnectionString(_primary);
    }

    [LoggerMessage(LogLevel.Debug, "The read replica is {Changes} change(s) of the access rules behind the primary: the query reads the primary")]
    private static partial void ReplicaBehind(ILogger logger, long changes);

    [LoggerMessage(LogLevel.Warning, "The read replica is not a read-only copy of the primary's database (another database, or a copy that no longer follows it); queries read the primary for {Seconds} s")]
    private static partial void ReplicaNotACopy(ILogger logger, int seconds);

    [LoggerMessage(LogLevel.Warning, "The read replica could not be reached; queries read the primary for {Seconds} s")]
    private static partial void ReplicaUnreachable(ILogger logger, Exception exception, int seconds);
}
