using System.Linq.Expressions;
using Hub.Api.Access;
using Hub.Api.GraphQL.Expressions;
using Hub.Data.Entities;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>A field of a <c>where</c> input: its name, the graph type of its operators, and how an
/// operator input becomes a condition on <typeparamref name="T"/>. A gated field carries its gate:
/// the condition only holds where the field is disclosed (DESIGN §3 rule 6), and says which data
/// category it reads, so that what a filtered answer tells of each item can be logged.</summary>
internal abstract class FilterField<T>(string name, string description, Type operationGraphType, Expression<Func<T, AccessScope, bool>>? gate, DataCategory reads = DataCategory.None)
{
    public string Name { get; } = name;

    /// <summary>The data category the condition reads where it is disclosed.</summary>
    public DataCategory Reads { get; } = reads;
    public string Description { get; } = description;
    public Type OperationGraphType { get; } = operationGraphType;

    /// <summary>The condition, or its negation. A negated gated condition keeps its gate: a field
    /// withheld from the caller matches neither a condition nor its negation, as NULL in SQL.</summary>
    public Expression Condition(IDictionary<string, object?> operations, ParameterExpression entity, Expression scope, bool negate)
    {
        var condition = Build(operations, entity, scope);
        if (negate)
        {
            condition = Expression.Not(condition);
        }

        return gate is null ? condition : Expression.AndAlso(ParameterReplacer.Inline(gate, entity, scope), condition);
    }

    protected abstract Expression Build(IDictionary<string, object?> operations, ParameterExpression entity, Expression scope);
}
