namespace Hub.Api.GraphQL.Paging;

internal sealed record PageEdge<TNode>(string Cursor, TNode Node);
