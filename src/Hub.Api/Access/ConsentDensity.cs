using System.Collections.Concurrent;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Access;

/// <summary>Chooses how to find a page of the cases consented to a caller. Driven from the
/// consents, a page costs one lookup per consent naming the caller, then a sort; walking the cases
/// in order and probing each one's consents costs about a page divided by the share of cases the
/// caller is named for. The second is cheaper once the consents outnumber the square root of a
/// page times all cases. The counts behind the choice are estimates kept for a few minutes: both
/// ways return the same cases, so a stale estimate costs time, never correctness. Their age is
/// measured in elapsed time, which goes on when the Hub's "now" is held at a fixed instant.</summary>
internal sealed class ConsentDensity(TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly Estimate _cases = new();
    private readonly ConcurrentDictionary<(Guid Agency, Purpose? Purpose), Estimate> _consents = new();

    public async Task<bool> WalkCasesAsync(HubDbContext db, AccessScope scope, int pageSize, CancellationToken cancellationToken)
    {
        var cases = await _cases.CountAsync(time, ct => db.Cases.LongCountAsync(ct), cancellationToken);
        var consents = await _consents.GetOrAdd((scope.AgencyId, scope.Purpose), _ => new Estimate())
            .CountAsync(time, ct => db.Consents.LongCountAsync(DisclosurePolicy.NamesCaller.For(scope), ct), cancellationToken);
        return consents * consents > (pageSize + 1L) * cases;
    }

    public void Dispose()
    {
        _cases.Dispose();
        foreach (var estimate in _consents.Values)
        {
            estimate.Dispose();
        }
    }

    // One count at a time: while a request counts again, the others go on with the count it
    // replaces, and only before the first count do they wait for it. Under load an expired estimate
    // so costs one count, not one per request in flight.
    internal sealed class Estimate : IDisposable
    {
        private readonly SemaphoreSlim _counting = new(1, 1);
        private volatile Counted? _last;

        public async Task<long> CountAsync(TimeProvider time, Func<CancellationToken, Task<long>> count, CancellationToken cancellationToken)
        {
            var last = _last;
            if (last is not null && (time.GetElapsedTime(last.At) <= Lifetime || !_counting.Wait(0, cancellationToken)))
            {
                return last.Count;
            }

            if (last is null)
            {
                await _counting.WaitAsync(cancellationToken);
            }

            try
            {
                if (_last is { } counted && time.GetElapsedTime(counted.At) <= Lifetime)
                {
                    return counted.Count;
                }

                var fresh = new Counted(await count(cancellationToken), time.GetTimestamp());
                _last = fresh;
                return fresh.Count;
            }
            finally
            {
                _counting.Release();
            }
        }

        public void Dispose() => _counting.Dispose();

        private sealed record Counted(long Count, long At);
    }
}
