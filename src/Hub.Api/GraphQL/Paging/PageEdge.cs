namespace Hub.Api.GraphQL.Paging;

/// <summary>An item of a page and its cursor, sealed the first time it is asked for: a page whose
/// cursors nobody selects seals none.</summary>
internal sealed class PageEdge<TNode>(TNode node, Func<string> seal) : IPageEdge
{
    private string? _cursor;

    public TNode Node { get; } = node;

    public string Cursor => _cursor ??= seal();

    object? IPageEdge.Item => Node;
}

/// <summary>An edge whatever its item's type, as <see cref="PageInfo"/> points at it.</summary>
internal interface IPageEdge
{
    string Cursor { get; }

    object? Item { get; }
}
