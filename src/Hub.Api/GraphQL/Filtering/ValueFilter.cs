using System.Linq.Expressions;
using Hub.Api.Access;
using Hub.Api.GraphQL.Expressions;
using Hub.Data.Entities;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>A filter on one value of <typeparamref name="T"/>: <c>eq</c>, <c>neq</c>, <c>in</c>,
/// <c>nin</c>, the comparisons and, for strings, <c>contains</c> and <c>startsWith</c> (both case-insensitive).</summary>
internal sealed class ValueFilter<T, TValue>(
    string name,
    string description,
    Type operationGraphType,
    Expression<Func<T, AccessScope, TValue>> selector,
    Expression<Func<T, AccessScope, bool>>? gate = null,
    DataCategory reads = DataCategory.None)
    : FilterField<T>(name, description, operationGraphType, gate, reads)
{
    protected override Expression Build(IDictionary<string, object?> operations, ParameterExpression entity, Expression scope) =>
        OperatorConditions.Build(ParameterReplacer.Inline(selector, entity, scope), operations, Name);
}
