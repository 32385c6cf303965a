using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.Access;
using Hub.Api.GraphQL.Loading;

namespace Hub.Api.GraphQL.Paging;

/// <summary>A connection under each item of a list (a case's referrals, a project's activities),
/// paged as the root connections are, with their arguments, checks and sealed cursors, and batched:
/// the pages under every item of the list are read in one query, and their totals, when asked for,
/// in one more. A cursor opens only under the item it was made under.</summary>
internal static class NestedConnection
{
    /// <summary>The page of <paramref name="parentId"/>'s items in <paramref name="source"/>, whose
    /// parent is <paramref name="parent"/>; <paramref name="loader"/> names whatever shapes the
    /// source or the projection besides the field's path. The projection is built once, for the
    /// whole batch.</summary>
    public static IDataLoaderResult<Page<TRow>> PageOf<T, TRow>(IResolveFieldContext context, AccessScope scope, string loader, Guid parentId,
        IQueryable<T> source, Expression<Func<T, Guid>> parent, IReadOnlyList<OrderKey<T>> ordering, Func<Expression<Func<T, TRow>>> projection)
    {
        var page = PageRequest.From(context, scope);
        var keyset = Keyset<T>.Open($"{typeof(T).Name} of {parentId}", ordering, page);
        var name = $"{loader}:{RequestLoaders.PathOf(context)}";
        // Nothing is read unless a totalCount is resolved; then the counts of every parent at once.
        var count = context.Load<Guid, int>(name + ":count", parentId, 0, (_, ids, ct) => KeysetPager.CountsAsync(source, parent, ids, ct));
        // The parents of one batch share the arguments: with a cursor, that is the one parent it
        // opened for (the others were refused above), so the first keyset's condition serves all.
        return context.Load<Guid, List<Keyed<TRow>>>($"{name}:{page.Size}:{page.Backward}:{page.Cursor}", parentId, [],
                (_, ids, ct) => KeysetPager.PagesAsync(source, parent, ids, keyset, projection(), ct))
            .Then(rows => keyset.PageOf(rows, ct => count.GetResultAsync(ct)));
    }
}
