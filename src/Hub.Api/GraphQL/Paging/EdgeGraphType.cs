using GraphQL.Types;

namespace Hub.Api.GraphQL.Paging;

internal sealed class EdgeGraphType<TNodeType, TRow> : ObjectGraphType<PageEdge<TRow>> where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var node = ConnectionGraphType<TNodeType, TRow>.NodeName<TNodeType>();
        Name = node + "Edge";
        Description = $"A {node} item and its cursor.";
        this.HoldsItemsIn("node");
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` or `before` to page on from this item.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(context => context.Source.Node);
    }
}
