using System.Linq.Expressions;
using Hub.Api.GraphQL.Expressions;

namespace Hub.Api.GraphQL.Loading;

/// <summary>A projected row with the key of the parent it belongs to, for one-to-many loaders.</summary>
internal sealed class GroupedRow<TRow>
{
    public Guid Key { get; init; }
    public TRow Row { get; init; } = default!;

    public static Expression<Func<T, GroupedRow<TRow>>> Select<T>(Expression<Func<T, Guid>> key, Expression<Func<T, TRow>> projection)
    {
        var parameter = projection.Parameters[0];
        return Expression.Lambda<Func<T, GroupedRow<TRow>>>(
            Expression.MemberInit(
                Expression.New(typeof(GroupedRow<TRow>)),
                Expression.Bind(typeof(GroupedRow<TRow>).GetProperty(nameof(Key))!, ParameterReplacer.Inline(key, parameter)),
                Expression.Bind(typeof(GroupedRow<TRow>).GetProperty(nameof(Row))!, projection.Body)),
            parameter);
    }
}
