using System.Collections;
using System.Linq.Expressions;
using GraphQL;
using Hub.Api.Access;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>A filter on one value of <typeparamref name="T"/>: <c>eq</c>, <c>neq</c>, <c>in</c>,
/// <c>nin</c>, the comparisons and, for strings, <c>contains</c> and <c>startsWith</c> (both case-insensitive).</summary>
internal sealed class ValueFilter<T, TValue>(
    string name,
    string description,
    Type operationGraphType,
    Expression<Func<T, AccessScope, TValue>> selector,
    Expression<Func<T, AccessScope, bool>>? gate = null)
    : FilterField<T>(name, description, operationGraphType, gate)
{
    protected override Expression Build(IDictionary<string, object?> operations, ParameterExpression entity, Expression scope) =>
        OperatorConditions.Build(ParameterReplacer.Inline(selector, entity, scope), typeof(TValue), operations);
}

/// <summary>Turns an operator input into conditions on one value expression.</summary>
internal static class OperatorConditions
{
    public static Expression Build(Expression value, Type valueType, IDictionary<string, object?> operations)
    {
        Expression? all = null;
        foreach (var (op, operand) in operations)
        {
            Expression condition = op switch
            {
                "eq" => Expression.Equal(value, Parameter(Coerce(operand, valueType), valueType)),
                "neq" => Expression.NotEqual(value, Parameter(Coerce(operand, valueType), valueType)),
                "in" => In(value, valueType, operand),
                "nin" => InNot(value, valueType, operand),
                "gt" or "gte" or "lt" or "lte" => Compare(op, value, Parameter(Coerce(Required(op, operand), valueType), valueType)),
                "contains" or "startsWith" => Text(op, value, (string)Required(op, operand)),
                _ => throw Invalid($"Unknown filter operator '{op}'."),
            };
            all = all is null ? condition : Expression.AndAlso(all, condition);
        }

        return all ?? Expression.Constant(true);
    }

    public static ExecutionError Invalid(string message) => new(message) { Code = ErrorCodes.InvalidFilter };

    private static object Required(string op, object? operand) => operand ?? throw Invalid($"'{op}' needs a value.");

    private static UnaryExpression InNot(Expression value, Type valueType, object? operand) => Expression.Not(In(value, valueType, operand));

    private static MethodCallExpression In(Expression value, Type valueType, object? operand)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(valueType))!;
        foreach (var item in (IEnumerable)Required("in", operand))
        {
            list.Add(Coerce(item, valueType));
        }

        return Expression.Call(Parameter(list, list.GetType()), list.GetType().GetMethod(nameof(List<int>.Contains))!, value);
    }

    private static BinaryExpression Compare(string op, Expression value, Expression operand)
    {
        if (value.Type == typeof(string))
        {
            value = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, value, operand);
            operand = Expression.Constant(0);
        }

        return op switch
        {
            "gt" => Expression.GreaterThan(value, operand),
            "gte" => Expression.GreaterThanOrEqual(value, operand),
            "lt" => Expression.LessThan(value, operand),
            _ => Expression.LessThanOrEqual(value, operand),
        };
    }

    private static BinaryExpression Text(string op, Expression value, string operand)
    {
        if (value.Type != typeof(string))
        {
            throw Invalid($"'{op}' applies to text only.");
        }

        var lower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
        var method = typeof(string).GetMethod(op == "contains" ? nameof(string.Contains) : nameof(string.StartsWith), [typeof(string)])!;
        var notNull = Expression.NotEqual(value, Expression.Constant(null, typeof(string)));
        return Expression.AndAlso(notNull, Expression.Call(Expression.Call(value, lower), method, Parameter(operand.ToLowerInvariant(), typeof(string))));
    }

    /// <summary>The operand as a member of a closure object, so that EF sends it as a parameter.</summary>
    private static MemberExpression Parameter(object? operand, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), operand)!;
        return Expression.Property(Expression.Constant(box), "Value");
    }

    private static object? Coerce(object? operand, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return operand switch
        {
            null => null,
            _ when target.IsInstanceOfType(operand) && operand is DateTime dt => dt.Kind == DateTimeKind.Utc ? dt : dt.Kind == DateTimeKind.Local ? dt.ToUniversalTime() : DateTime.SpecifyKind(dt, DateTimeKind.Utc),
            DateTimeOffset dto when target == typeof(DateTime) => dto.UtcDateTime,
            _ when target.IsInstanceOfType(operand) => operand,
            string s when target == typeof(Guid) => Guid.TryParse(s, out var g) ? g : throw Invalid($"'{s}' is not an id."),
            string s when target == typeof(string) => s,
            IConvertible when target.IsPrimitive => Convert.ChangeType(operand, target, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw Invalid($"'{operand}' is not a valid filter value."),
        };
    }

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
