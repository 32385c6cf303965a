using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Ordering;
using Hub.Api.GraphQL.Projection;
using Hub.Api.Identity;

namespace Hub.Api.GraphQL.Paging;

/// <summary>A connection field over a database query: <c>where</c>, <c>order</c> and the paging
/// arguments all become SQL, and only the selected columns are read.</summary>
internal static class ConnectionQuery
{
    public static FieldBuilder<object?, Page<TRow>> ConnectionField<TNodeType, TRow, TFilterInput, TOrderInput>(this ObjectGraphType<object?> parent, string name)
        where TNodeType : IGraphType
        where TFilterInput : IInputObjectGraphType
        where TOrderInput : IInputObjectGraphType =>
        parent.Field<NonNullGraphType<ConnectionGraphType<TNodeType, TRow>>, Page<TRow>>(name)
            .Argument<TFilterInput>("where", "Only the items that meet these conditions.")
            .Argument<ListGraphType<NonNullGraphType<TOrderInput>>>("order", "The ordering keys, most significant first.")
            .PagingArguments();

    public static async Task<Page<TRow>> PageAsync<T, TRow>(
        IResolveFieldContext context,
        IQueryable<T> source,
        RowProjection<T, TRow> rows,
        IReadOnlyList<FilterField<T>> filters,
        IReadOnlyList<OrderField<T>> order,
        IReadOnlyList<OrderKey<T>> defaultOrder,
        OrderKey<T> unique,
        AccessScope scope,
        IReadOnlyList<IQueryable<T>>? parts = null,
        IReadOnlyDictionary<string, IReadOnlySet<string>>? under = null) where TRow : new()
    {
        // On a remembered registry entry, the page proves the entry or returns nothing.
        var hub = context.HubContext();
        if (hub.Caller.Remembered)
        {
            var registered = CallerResolver.StillRegistered<T>(context.Db(), hub.Caller);
            source = source.Where(registered);
            parts = parts?.Select(part => part.Where(registered)).ToList();
        }

        var page = PageRequest.From(context, scope);
        var selected = SelectedFields.OfConnectionNodes(context);
        var filter = FilterTranslator.Translate(context.GetArgument<object?>("where"), filters, scope);
        if (filter is var (where, reads))
        {
            source = source.Where(where);
            parts = parts?.Select(part => part.Where(where)).ToList();
            // Whether each item disclosed what the filter read is part of the log's record of it.
            selected = selected.Concat(CaseCategories.Split(reads).Select(CaseCategories.FlagField)).ToHashSet(StringComparer.Ordinal);
        }

        var keys = OrderTranslator.Translate(context.GetArgument<object?>("order"), order, defaultOrder, unique);
        var result = await KeysetPager.PageAsync(source, keys, rows.Build(selected, scope, under), page, context.CancellationToken, parts);
        result.FilterReads = filter?.Reads;
        if (result.Edges.Count > 0 || result.Beyond is not null)
        {
            hub.RegistryProven = true;
        }

        return result;
    }
}
