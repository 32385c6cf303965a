using System.Linq.Expressions;
using System.Reflection;
using Hub.Api.Access;

namespace Hub.Api.GraphQL;

/// <summary>Builds, per request, the SELECT of <typeparamref name="TEntity"/> into a row of
/// <typeparamref name="TRow"/> holding only the members the selected GraphQL fields need. Value
/// expressions may read the request's <see cref="AccessScope"/>, which is how gates enter the SQL.</summary>
internal sealed class RowProjection<TEntity, TRow> where TRow : new()
{
    private readonly List<(string? Field, MemberInfo Member, LambdaExpression Value)> _members = [];

    /// <summary>Reads <paramref name="row"/> whenever <paramref name="field"/> is selected.</summary>
    public RowProjection<TEntity, TRow> Map<TValue>(string field, Expression<Func<TRow, TValue>> row, Expression<Func<TEntity, AccessScope, TValue>> value)
    {
        _members.Add((field, ((MemberExpression)row.Body).Member, value));
        return this;
    }

    /// <summary>Reads <paramref name="row"/> always (keys that loaders and cursors need).</summary>
    public RowProjection<TEntity, TRow> Always<TValue>(Expression<Func<TRow, TValue>> row, Expression<Func<TEntity, AccessScope, TValue>> value)
    {
        _members.Add((null, ((MemberExpression)row.Body).Member, value));
        return this;
    }

    public IEnumerable<string> Fields => _members.Where(m => m.Field is not null).Select(m => m.Field!).Distinct();

    public Expression<Func<TEntity, TRow>> Build(IReadOnlySet<string> selected, AccessScope? scope)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var scopeExpression = Expression.Constant(scope, typeof(AccessScope));
        var bindings = _members
            .Where(m => m.Field is null || selected.Contains(m.Field))
            .DistinctBy(m => m.Member)
            .Select(m => Expression.Bind(m.Member, ParameterReplacer.Inline(m.Value, entity, scopeExpression)));
        return Expression.Lambda<Func<TEntity, TRow>>(Expression.MemberInit(Expression.New(typeof(TRow)), bindings), entity);
    }
}
