using System.Linq.Expressions;
using Hub.Api.Access;
using Hub.Api.GraphQL.Expressions;
using Hub.Data.Entities;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>A filter on a collection of values (a project's countries, a case's exploitation
/// types): <c>some</c>, <c>all</c> and <c>none</c> of its elements meet an operator input.</summary>
internal sealed class SetFilter<T, TElement>(
    string name,
    string description,
    Type operationGraphType,
    Expression<Func<T, IEnumerable<TElement>>> elements,
    Expression<Func<T, AccessScope, bool>>? gate = null,
    DataCategory reads = DataCategory.None)
    : FilterField<T>(name, description, operationGraphType, gate, reads)
{
    protected override Expression Build(IDictionary<string, object?> operations, ParameterExpression entity, Expression scope)
    {
        var collection = ParameterReplacer.Inline(elements, entity);
        Expression? all = null;
        foreach (var (op, operand) in operations)
        {
            if (operand is not IDictionary<string, object?> elementOperations)
            {
                continue;
            }

            var element = Expression.Parameter(typeof(TElement), "v");
            var predicate = Expression.Lambda<Func<TElement, bool>>(OperatorConditions.Build(element, elementOperations, $"{Name}.{op}"), element);
            var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TElement)], collection, predicate);
            Expression condition = op switch
            {
                "some" => any,
                "none" => Expression.Not(any),
                "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [typeof(TElement)], collection, predicate),
                _ => throw OperatorConditions.Invalid($"Unknown collection operator '{op}' on '{Name}'."),
            };
            all = all is null ? condition : Expression.AndAlso(all, condition);
        }

        return all ?? Expression.Constant(true);
    }
}
