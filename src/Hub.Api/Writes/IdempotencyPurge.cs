using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Writes;

/// <summary>Forgets idempotency keys once they expire (<c>Hub:Writes:IdempotencyKeyHours</c>).
/// Every instance purges; deleting what another instance deleted first costs nothing. A key that
/// expired but is not yet purged is already treated as unknown when it is sent again.</summary>
internal sealed partial class IdempotencyPurge(IServiceScopeFactory scopes, TimeProvider time, ILogger<IdempotencyPurge> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return await Expired(db, time.GetUtcNow().UtcDateTime).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The keys expired at <paramref name="now"/>: what this purge and the <c>purge</c> command
    /// delete, and what a write may claim again.</summary>
    public static IQueryable<IdempotencyRecord> Expired(HubDbContext db, DateTime now) =>
        db.IdempotencyRecords.Where(r => r.ExpiresAt <= now);

    [LoggerMessage(EventId = 40, Level = LogLevel.Warning, Message = "Purging expired idempotency keys failed; the next round tries again.")]
    private static partial void Failed(ILogger logger, Exception exception);
}
