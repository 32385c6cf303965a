namespace Hub.Api.GraphQL.Paging;

/// <summary>Where a page stands. <see cref="Start"/> and <see cref="End"/> are the items the two
/// cursors point at: a cursor names its item, and the disclosure log must know which.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor, object? Start, object? End);
