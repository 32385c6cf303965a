namespace Hub.Api.GraphQL.Paging;

/// <summary>One page of a connection. The total is counted only when a client asks for it.</summary>
internal sealed class Page<TNode>(IReadOnlyList<PageEdge<TNode>> edges, bool hasNextPage, bool hasPreviousPage, Func<CancellationToken, Task<int>> countAsync)
{
    public IReadOnlyList<PageEdge<TNode>> Edges { get; } = edges;
    public bool HasNextPage { get; } = hasNextPage;
    public bool HasPreviousPage { get; } = hasPreviousPage;

    public Task<int> CountAsync(CancellationToken cancellationToken) => countAsync(cancellationToken);
}
