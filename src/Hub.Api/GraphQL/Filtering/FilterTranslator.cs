using System.Linq.Expressions;
using Hub.Api.Access;
using Hub.Data.Entities;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>Turns a <c>where</c> argument into one expression for the database query. <c>not</c> is
/// pushed down to the field conditions, so that a condition on a withheld field is "unknown" and
/// neither it nor its negation finds the case (DESIGN §3 rule 6). A field, <c>and</c>, <c>or</c>
/// or <c>not</c> given <c>null</c> sets no condition, as if it were left out.</summary>
internal static class FilterTranslator
{
    private const int MaxDepth = 8;
    private const int MaxConditions = 64;

    // Each listed value is a parameter of the SQL command, which every engine limits (SQL Server to 2,100).
    private const int MaxListedValues = 500;

    /// <summary>The condition of a <c>where</c> argument and the data categories it reads; null
    /// when there is no argument.</summary>
    public static (Expression<Func<T, bool>> Where, DataCategory Reads)? Translate<T>(object? where, IReadOnlyList<FilterField<T>> fields, AccessScope? scope)
    {
        if (where is not IDictionary<string, object?> input)
        {
            return null;
        }

        var entity = Expression.Parameter(typeof(T), "x");
        var context = new Context<T>(fields.ToDictionary(f => f.Name), entity, Expression.Constant(scope, typeof(AccessScope)));
        return (Expression.Lambda<Func<T, bool>>(context.Build(input, negate: false, depth: 0), entity), context.Reads);
    }

    /// <summary>The condition of one <c>where</c> input on <paramref name="entity"/>, e.g. the
    /// agency that a relation filter looks up.</summary>
    public static Expression Condition<T>(IDictionary<string, object?> input, IReadOnlyList<FilterField<T>> fields, ParameterExpression entity, Expression scope) =>
        new Context<T>(fields.ToDictionary(f => f.Name), entity, scope).Build(input, negate: false, depth: 0);

    private sealed class Context<T>(Dictionary<string, FilterField<T>> fields, ParameterExpression entity, Expression scope)
    {
        private int _conditions;
        private int _values;

        public DataCategory Reads { get; private set; }

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
                _ => Field(p.Key, (IDictionary<string, object?>)p.Value!, negate),
            }).ToList();
            return Combine(parts, and: !negate);
        }

        private Expression Field(string name, IDictionary<string, object?> operations, bool negate)
        {
            _values += Listed(operations);
            if (_values > MaxListedValues)
            {
                throw OperatorConditions.Invalid($"A filter lists at most {MaxListedValues} values in all its 'in' and 'nin' lists.");
            }

            Reads |= fields[name].Reads;
            return fields[name].Condition(operations, entity, scope, negate);
        }

        // The values of the in and nin lists of an operator input, at any depth (set filters nest them).
        private static int Listed(IDictionary<string, object?> operations) => operations.Sum(o => o.Value switch
        {
            IDictionary<string, object?> nested => Listed(nested),
            System.Collections.ICollection list when o.Key is "in" or "nin" => list.Count,
            _ => 0,
        });

        private static Expression Combine(IEnumerable<Expression> parts, bool and) =>
            parts.Aggregate((Expression?)null, (all, next) => all is null ? next : and ? Expression.AndAlso(all, next) : Expression.OrElse(all, next))
            ?? Expression.Constant(and);
    }
}
