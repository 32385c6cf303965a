using GraphQL.Builders;
using GraphQL.Types;

namespace Hub.Api.GraphQL.Paging;

internal static class ConnectionArguments
{
    /// <summary>Adds <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c>.</summary>
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"Page forward: at most this many items after `after` (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
        .Argument<StringGraphType>("after", "The `endCursor` of the previous page.")
        .Argument<IntGraphType>("last", $"Page backward: at most this many items before `before` (at most {PageRequest.MaxSize}).")
        .Argument<StringGraphType>("before", "The `startCursor` of the next page.");
}
