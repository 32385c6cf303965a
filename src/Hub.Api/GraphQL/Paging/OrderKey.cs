using System.Linq.Expressions;

namespace Hub.Api.GraphQL.Paging;

/// <summary>One key of an ordering: a non-nullable column of <typeparamref name="T"/> and its direction.</summary>
internal sealed record OrderKey<T>(string Name, LambdaExpression Selector, bool Descending)
{
    public static OrderKey<T> By<TKey>(string name, Expression<Func<T, TKey>> selector, bool descending = false) =>
        new(name, selector, descending);

    public Type KeyType => Selector.ReturnType;

    public OrderKey<T> Reversed() => this with { Descending = !Descending };
}
