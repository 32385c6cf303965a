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
internal sealed class ConsentDensity(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<(Guid Agency, Purpose? Purpose), Estimate> _consents = new();
    private Estimate? _cases;

    public async Task<bool> WalkCasesAsync(HubDbContext db, AccessScope scope, int pageSize, CancellationToken cancellationToken)
    {
        if (_cases is not { } cases || time.GetElapsedTime(cases.CountedAt) > Lifetime)
        {
            _cases = cases = new Estimate(await db.Cases.LongCountAsync(cancellationToken), time.GetTimestamp());
        }

        var key = (scope.AgencyId, scope.Purpose);
        if (!_consents.TryGetValue(key, out var consents) || time.GetElapsedTime(consents.CountedAt) > Lifetime)
        {
            var count = await db.Consents.LongCountAsync(DisclosurePolicy.NamesCaller.For(scope), cancellationToken);
            _consents[key] = consents = new Estimate(count, time.GetTimestamp());
        }

        return consents.Count * consents.Count > (pageSize + 1L) * cases.Count;
    }

    private sealed record Estimate(long Count, long CountedAt);
}
