using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Paging;

/// <summary>Keyset paging in the database (see <see cref="Keyset{T}"/>).</summary>
internal static class KeysetPager
{
    /// <summary>A page of <paramref name="source"/>. When <paramref name="parts"/> are given, they
    /// are disjoint and together make up <paramref name="source"/>: each is paged on its own, so
    /// that each can use its own index, and the database merges the pages.</summary>
    public static async Task<Page<TRow>> PageAsync<T, TRow>(
        IQueryable<T> source,
        IReadOnlyList<OrderKey<T>> ordering,
        Expression<Func<T, TRow>> projection,
        PageRequest page,
        CancellationToken cancellationToken,
        IReadOnlyList<IQueryable<T>>? parts = null)
    {
        var keyset = Keyset<T>.Open(typeof(T).Name, ordering, page);
        var query = parts is { Count: > 1 }
            ? parts.Select(part => keyset.Order(keyset.Remaining(part)).Take(page.Size + 1)).Aggregate(Queryable.Concat)
            : keyset.Remaining(source);
        // first: 0 still reads one row, to say whether any follow.
        var rows = await keyset.Order(query).Select(keyset.WithKeys(projection)).Take(page.Size + 1).ToListAsync(cancellationToken);
        return keyset.PageOf(rows, ct => source.CountAsync(ct));
    }
}
