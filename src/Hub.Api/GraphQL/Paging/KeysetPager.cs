using System.Linq.Expressions;
using Hub.Api.GraphQL.Loading;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Paging;

/// <summary>Keyset paging in the database (see <see cref="Keyset{T}"/>): a page of a root
/// connection, or the pages of the items of many parents at once.</summary>
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
            ? parts.Select(part => Limit(keyset.Order(keyset.Remaining(part)), page.Size + 1)).Aggregate(Queryable.Concat)
            : keyset.Remaining(source);
        // first: 0 still reads one row, to say whether any follow.
        var rows = await Limit(keyset.Order(query).Select(keyset.WithKeys(projection)), page.Size + 1).ToListAsync(cancellationToken);
        return keyset.PageOf(rows, ct => source.CountAsync(ct));
    }

    /// <summary>The rows of the page <paramref name="keyset"/> asks for of each parent's items in
    /// <paramref name="source"/>, in one query: the database numbers each parent's items in key
    /// order and returns at most one more than a page of each, in key order.</summary>
    public static async Task<Dictionary<Guid, List<Keyed<TRow>>>> PagesAsync<T, TRow>(
        IQueryable<T> source,
        Expression<Func<T, Guid>> parent,
        IReadOnlyList<Guid> parents,
        Keyset<T> keyset,
        Expression<Func<T, TRow>> projection,
        CancellationToken cancellationToken)
    {
        var candidates = source.Where(Among(parent, parents));
        var id = Expression.Parameter(typeof(Guid), "parent");
        var ofParent = candidates.Where(Expression.Lambda<Func<T, bool>>(Expression.Equal(parent.Body, id), parent.Parameters));
        var page = Limit(keyset.Order(keyset.Remaining(ofParent)), keyset.Page.Size + 1);
        // parent => page of its items: EF turns the correlated Take into ROW_NUMBER() OVER (PARTITION BY parent).
        var pages = candidates.Select(parent).Distinct().SelectMany(Expression.Lambda<Func<Guid, IEnumerable<T>>>(page.Expression, id));
        var rows = await keyset.Order(pages).Select(GroupedRow<Keyed<TRow>>.Select(parent, keyset.WithKeys(projection))).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Select(r => r.Row).ToList());
    }

    /// <summary>How many items of <paramref name="source"/> each parent has, in one query.</summary>
    public static Task<Dictionary<Guid, int>> CountsAsync<T>(IQueryable<T> source, Expression<Func<T, Guid>> parent, IReadOnlyList<Guid> parents, CancellationToken cancellationToken) =>
        source.Where(Among(parent, parents)).GroupBy(parent).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    // The first count items. The count reaches EF as a parameter of a name of its own, which
    // PageLimitInliner writes into the statement's text as a number: see there why.
    private static IQueryable<T> Limit<T>(IQueryable<T> query, int count) =>
        query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], query.Expression,
            Expression.Property(Expression.Constant(new PageLimit(count)), nameof(PageLimit.PageRowLimit))));

    // parents.Contains(parent(x)), the ids a member of an object so that EF sends them as a parameter.
    private static Expression<Func<T, bool>> Among<T>(Expression<Func<T, Guid>> parent, IReadOnlyList<Guid> parents) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], Expression.Property(Expression.Constant(new Ids([.. parents])), nameof(Ids.Values)), parent.Body),
            parent.Parameters);

    private sealed record Ids(Guid[] Values);
}
