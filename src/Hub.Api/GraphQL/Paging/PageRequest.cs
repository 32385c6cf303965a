using GraphQL;

namespace Hub.Api.GraphQL.Paging;

/// <summary>The Relay arguments of a connection field, checked: forward with <c>first</c>/<c>after</c>
/// or backward with <c>last</c>/<c>before</c>, at most <see cref="MaxSize"/> a page.</summary>
internal sealed record PageRequest(int Size, bool Backward, string? Cursor)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var after = context.GetArgument<string?>("after");
        var last = context.GetArgument<int?>("last");
        var before = context.GetArgument<string?>("before");

        if ((first is not null || after is not null) && (last is not null || before is not null))
        {
            throw Invalid("Page forward with first/after or backward with last/before, not both.");
        }

        var size = first ?? last ?? DefaultSize;
        if (size is < 0 or > MaxSize)
        {
            throw Invalid($"A page holds 0 to {MaxSize} items.");
        }

        var backward = last is not null || before is not null;
        return new PageRequest(size, backward, backward ? before : after);
    }

    private static ExecutionError Invalid(string message) => new(message) { Code = "INVALID_PAGING" };
}
