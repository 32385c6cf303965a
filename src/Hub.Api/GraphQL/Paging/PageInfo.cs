namespace Hub.Api.GraphQL.Paging;

/// <summary>Where a page stands. <see cref="Start"/> and <see cref="End"/> are the items the two
/// cursors point at: a cursor names its item, and the disclosure log must know which.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, IPageEdge? First, IPageEdge? Last)
{
    public string? StartCursor => First?.Cursor;

    public string? EndCursor => Last?.Cursor;

    public object? Start => First?.Item;

    public object? End => Last?.Item;
}
