using System.Linq.Expressions;
using Hub.Api.Access;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>Turns a <c>where</c> argument into one expression for the database query. <c>not</c> is
/// pushed down to the field conditions, so that a condition on a withheld field is "unknown" and
/// neither it nor its negation finds the case (DESIGN §3 rule 6). A field, <c>and</c>, <c>or</c>
/// or <c>not</c> given <c>null</c> sets no condition, as if it were left out.</summary>
internal static class FilterTranslator
{
    private const int MaxDepth = 8;
    private const int MaxConditions = 64;

    public static Expression<Func<T, bool>>? Translate<T>(object? where, IReadOnlyList<FilterField<T>> fields, AccessScope? scope)
    {
        if (where is not IDictionary<string, object?> input)
        {
            return null;
        }

        var entity = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Condition(input, fields, entity, Expression.Constant(scope, typeof(AccessScope))), entity);
    }

    /// <summary>The condition of one <c>where</c> input on <paramref name="entity"/>, e.g. the
    /// agency that a relation filter looks up.</summary>
    public static Expression Condition<T>(IDictionary<string, object?> input, IReadOnlyList<FilterField<T>> fields, ParameterExpression entity, Expression scope) =>
        new Context<T>(fields.ToDictionary(f => f.Name), entity, scope).Build(input, negate: false, depth: 0);

    private sealed class Context<T>(Dictionary<string, FilterField<T>> fields, ParameterExpression entity, Expression scope)
    {
        private int _conditions;

        // Fields of one input object hold together (AND); negated, one of them fails (OR).
        public Expression Build(IDictionary<string, object?> input, bool negate, int depth)
        {
            if (depth > MaxDepth || ++_conditions > MaxConditions)
            {
                throw OperatorConditions.Invalid($"A filter nests at most {MaxDepth} levels and holds at most {MaxConditions} conditions.");
            }

            var parts = input.Where(p => p.Value is not null).Select(p => p.Key switch
            {
                "and" => Combine(((IEnumerable<object?>)p.Value!).Select(x => Build((IDictionary<string, object?>)x!, negate, depth + 1)), and: !negate),
                "or" => Combine(((IEnumerable<object?>)p.Value!).Select(x => Build((IDictionary<string, object?>)x!, negate, depth + 1)), and: negate),
                "not" => Build((IDictionary<string, object?>)p.Value!, !negate, depth + 1),
                _ => fields[p.Key].Condition((IDictionary<string, object?>)p.Value!, entity, scope, negate),
            }).ToList();
            return Combine(parts, and: !negate);
        }

        private static Expression Combine(IEnumerable<Expression> parts, bool and) =>
            parts.Aggregate((Expression?)null, (all, next) => all is null ? next : and ? Expression.AndAlso(all, next) : Expression.OrElse(all, next))
            ?? Expression.Constant(and);
    }
}
