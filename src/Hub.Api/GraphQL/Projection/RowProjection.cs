using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using Hub.Api.Access;
using Hub.Api.GraphQL.Expressions;

namespace Hub.Api.GraphQL.Projection;

/// <summary>Builds, per request, the SELECT of <typeparamref name="TEntity"/> into a row of
/// <typeparamref name="TRow"/> holding only the members the selected GraphQL fields need. Value
/// expressions may read the request's <see cref="AccessScope"/>, which is how gates enter the SQL.
/// A member is either a property of the row or an element of one of its array properties (for
/// fields declared in a list rather than one property each), or the row of a single related entity,
/// projected by that entity's own projection and joined in the same statement.</summary>
internal sealed class RowProjection<TEntity, TRow> where TRow : new()
{
    private readonly List<(string? Field, MemberInfo Member, int? Index, LambdaExpression Value, Func<AccessScope, bool>? ReadFor)> _members = [];
    private readonly List<(string Field, MemberInfo Member, LambdaExpression Navigation, Func<IReadOnlySet<string>, AccessScope?, LambdaExpression> Rows)> _relations = [];

    /// <summary>Reads <paramref name="row"/> whenever <paramref name="field"/> is selected.</summary>
    public RowProjection<TEntity, TRow> Map<TValue>(string field, Expression<Func<TRow, TValue>> row, Expression<Func<TEntity, AccessScope, TValue>> value)
    {
        _members.Add((field, ((MemberExpression)row.Body).Member, null, value, null));
        return this;
    }

    /// <summary>Reads element <paramref name="index"/> of the array <paramref name="row"/> whenever
    /// <paramref name="field"/> is selected and, when given, <paramref name="readFor"/> holds for the
    /// request's scope; unread elements keep their type's default, and an array none of whose elements
    /// is read stays empty.</summary>
    public RowProjection<TEntity, TRow> MapElement<TElement>(string field, Expression<Func<TRow, TElement[]>> row, int index, Expression<Func<TEntity, AccessScope, TElement>> value,
        Func<AccessScope, bool>? readFor = null)
    {
        _members.Add((field, ((MemberExpression)row.Body).Member, index, value, readFor));
        return this;
    }

    /// <summary>Reads <paramref name="row"/> always (keys that loaders and cursors need).</summary>
    public RowProjection<TEntity, TRow> Always<TValue>(Expression<Func<TRow, TValue>> row, Expression<Func<TEntity, AccessScope, TValue>> value)
    {
        _members.Add((null, ((MemberExpression)row.Body).Member, null, value, null));
        return this;
    }

    /// <summary>Reads <paramref name="row"/>, the row of the entity <paramref name="navigation"/>
    /// reaches (null when there is none), in the same statement, whenever <paramref name="field"/>
    /// is selected: projected by <paramref name="rows"/> from the fields selected under it.</summary>
    public RowProjection<TEntity, TRow> MapRelation<TChild, TChildRow>(string field, Expression<Func<TRow, TChildRow?>> row, Expression<Func<TEntity, TChild?>> navigation,
        RowProjection<TChild, TChildRow> rows) where TChild : class where TChildRow : class, new()
    {
        _relations.Add((field, ((MemberExpression)row.Body).Member, navigation, (selected, scope) => rows.Build(selected, scope)));
        return this;
    }

    /// <summary>The fields selected under each relation this projection reads in its own statement,
    /// for <see cref="Build"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Under(IResolveFieldContext context, bool ofConnectionNodes) =>
        _relations.ToDictionary(r => r.Field, r => SelectedFields.Under(context, r.Field, ofConnectionNodes), StringComparer.Ordinal);

    /// <summary>The projection of the fields in <paramref name="selected"/>, gated for
    /// <paramref name="scope"/>; <paramref name="under"/> holds the fields selected under each
    /// relation (<see cref="Under"/>), required when one is selected.</summary>
    public Expression<Func<TEntity, TRow>> Build(IReadOnlySet<string> selected, AccessScope? scope, IReadOnlyDictionary<string, IReadOnlySet<string>>? under = null)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var scopeExpression = Expression.Constant(scope, typeof(AccessScope));
        var read = _members.Where(m => (m.Field is null || selected.Contains(m.Field)) && (m.ReadFor is null || (scope is not null && m.ReadFor(scope)))).ToList();
        var bindings = read.Where(m => m.Index is null).DistinctBy(m => m.Member)
            .Select(m => Expression.Bind(m.Member, ParameterReplacer.Inline(m.Value, entity, scopeExpression)))
            // An array none of whose elements is read keeps its empty initializer (an array of
            // constants only would be a constant that EF refuses in a projection).
            .Concat(read.Where(m => m.Index is not null).GroupBy(m => m.Member).Select(array =>
            {
                var elementType = ((PropertyInfo)array.Key).PropertyType.GetElementType()!;
                var elements = new Expression[_members.Where(m => m.Member == array.Key).Max(m => m.Index!.Value) + 1];
                foreach (var m in array)
                {
                    elements[m.Index!.Value] = ParameterReplacer.Inline(m.Value, entity, scopeExpression);
                }

                return Expression.Bind(array.Key, Expression.NewArrayInit(elementType,
                    elements.Select(e => e ?? DefaultConstant.Of(elementType))));
            }))
            .Concat(_relations.Where(r => selected.Contains(r.Field)).Select(r =>
            {
                var fields = under?.GetValueOrDefault(r.Field) ?? throw new InvalidOperationException($"The fields selected under {r.Field} were not given.");
                var related = ParameterReplacer.Inline(r.Navigation, entity);
                var rowType = ((PropertyInfo)r.Member).PropertyType;
                return Expression.Bind(r.Member, Expression.Condition(Expression.Equal(related, Expression.Constant(null, related.Type)),
                    Expression.Constant(null, rowType), ParameterReplacer.Inline(r.Rows(fields, scope), related)));
            }));
        return Expression.Lambda<Func<TEntity, TRow>>(Expression.MemberInit(Expression.New(typeof(TRow)), bindings), entity);
    }
}
