using System.Linq.Expressions;
using Hub.Api.Access;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>Turns a <c>where</c> argument into one expression for the database query.</summary>
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
        var count = 0;
        var body = Build(input, fields.ToDictionary(f => f.Name), entity, Expression.Constant(scope, typeof(AccessScope)), 0, ref count);
        return Expression.Lambda<Func<T, bool>>(body, entity);
    }

    private static Expression Build<T>(IDictionary<string, object?> input, Dictionary<string, FilterField<T>> fields, ParameterExpression entity, Expression scope, int depth, ref int count)
    {
        if (depth > MaxDepth || ++count > MaxConditions)
        {
            throw OperatorConditions.Invalid($"A filter nests at most {MaxDepth} levels and holds at most {MaxConditions} conditions.");
        }

        Expression? all = null;
        foreach (var (name, value) in input)
        {
            if (value is null)
            {
                continue;
            }

            Expression condition;
            switch (name)
            {
                case "and" or "or":
                    Expression? combined = null;
                    foreach (var part in (IEnumerable<object?>)value)
                    {
                        var next = Build((IDictionary<string, object?>)part!, fields, entity, scope, depth + 1, ref count);
                        combined = combined is null ? next : name == "and" ? Expression.AndAlso(combined, next) : Expression.OrElse(combined, next);
                    }

                    condition = combined ?? Expression.Constant(name == "and");
                    break;
                case "not":
                    condition = Expression.Not(Build((IDictionary<string, object?>)value, fields, entity, scope, depth + 1, ref count));
                    break;
                default:
                    condition = fields[name].Condition((IDictionary<string, object?>)value, entity, scope);
                    break;
            }

            all = all is null ? condition : Expression.AndAlso(all, condition);
        }

        return all ?? Expression.Constant(true);
    }
}
