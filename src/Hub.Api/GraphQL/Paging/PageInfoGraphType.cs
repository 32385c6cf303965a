using GraphQL.Types;

namespace Hub.Api.GraphQL.Paging;

internal sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Relay paging information of a connection page.";
        Field(p => p.HasNextPage).Description("More items follow this page (exact when paging forward).");
        Field(p => p.HasPreviousPage).Description("Items precede this page (exact when paging backward; when paging forward, true whenever `after` was given).");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the first item; null on an empty page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the last item; null on an empty page.");
    }
}
