namespace Hub.Api.GraphQL.Paging;

internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
