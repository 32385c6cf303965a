using GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.GraphQL.Paging;

/// <summary>One page of a connection. The total is counted only when a client asks for it.
/// <see cref="Beyond"/> is the one item read past the page, which <c>hasNextPage</c> (or
/// <c>hasPreviousPage</c> backward) tells of; <see cref="FilterReads"/>, when a <c>where</c> chose
/// the items, the data categories it read, which makes what the page tells of each item (the
/// beyond one included) a disclosure of those categories.</summary>
internal sealed class Page<TNode>(IReadOnlyList<PageEdge<TNode>> edges, bool hasNextPage, bool hasPreviousPage, Func<CancellationToken, Task<int>> countAsync, TNode? beyond = default)
{
    private Func<CancellationToken, Task<int>> _countAsync = countAsync;

    public IReadOnlyList<PageEdge<TNode>> Edges { get; } = edges;
    public bool HasNextPage { get; } = hasNextPage;
    public bool HasPreviousPage { get; } = hasPreviousPage;
    public TNode? Beyond { get; } = beyond;
    public DataCategory? FilterReads { get; set; }

    /// <summary>A <c>where</c> or a cursor chose the items: the page's shape (how many, whether
    /// more follow) tells something of each of them.</summary>
    public bool Chosen { get; set; }

    public Task<int> CountAsync(CancellationToken cancellationToken) => _countAsync(cancellationToken);

    /// <summary>The total is not answered: asking for it is this field error.</summary>
    public void RefuseCount(ExecutionError refusal) => _countAsync = _ => throw refusal;
}
