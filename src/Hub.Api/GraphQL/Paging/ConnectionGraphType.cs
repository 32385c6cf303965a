using GraphQL.Types;

namespace Hub.Api.GraphQL.Paging;

/// <summary>A Relay connection of <typeparamref name="TNodeType"/>, named after the node type
/// (<c>ProjectGraphType</c> gives <c>ProjectConnection</c>).</summary>
internal sealed class ConnectionGraphType<TNodeType, TRow> : ObjectGraphType<Page<TRow>> where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = NodeName<TNodeType>();
        Name = node + "Connection";
        Description = $"A page of {node} items, in keyset order.";
        this.HoldsItemsIn("nodes");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, TRow>>>>>("edges")
            .Description("The items of this page with their cursors.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page.")
            .Resolve(context => context.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Where this page stands, and the cursors to go on from it.")
            .Resolve(context => new PageInfo(context.Source.HasNextPage, context.Source.HasPreviousPage,
                context.Source.Edges.Count > 0 ? context.Source.Edges[0] : null,
                context.Source.Edges.Count > 0 ? context.Source.Edges[^1] : null));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items there are in all pages. Counted only when asked for. Cases chosen by a `where` are not counted (INVALID_FILTER): such a count would tell of each case unrecorded; page through them, or ask the statistics.")
            .ResolveAsync(async context => await context.Source.CountAsync(context.CancellationToken));
    }

    public static string NodeName<T>() => typeof(T).Name.Replace("GraphType", "", StringComparison.Ordinal);
}
