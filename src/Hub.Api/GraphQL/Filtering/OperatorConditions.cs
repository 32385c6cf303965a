using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using GraphQL;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>Turns an operator input into conditions on one value expression. What <c>null</c>
/// means is decided here, once, for every operator: <c>eq: null</c> holds where the value is null
/// and <c>neq: null</c> where it is not (on a value that is never null, nothing and everything);
/// a null value is in no list, is neither greater nor less than anything and contains nothing, so
/// <c>nin</c> and a negated comparison hold for it; the operators that need a value refuse
/// <c>null</c> with <c>INVALID_FILTER</c>. Every condition is written so that SQL's three-valued
/// logic gives the same answer as these rules, also under <c>not</c>.</summary>
internal static class OperatorConditions
{
    public const string NullSemantics =
        "`eq: null` matches a null value and `neq: null` a non-null one; a null value is in no `in` list, neither greater nor less than anything, and contains nothing. `in`, `nin`, the comparisons, `contains` and `startsWith` need a value: null is refused with INVALID_FILTER.";

    public static Expression Build(Expression value, IDictionary<string, object?> operations, string path)
    {
        Expression? all = null;
        foreach (var (op, operand) in operations)
        {
            Expression condition = op switch
            {
                "eq" => operand is null ? IsNull(value) : Expression.Equal(value, Parameter(Coerce(operand, value.Type, path), value.Type)),
                "neq" => operand is null ? Expression.Not(IsNull(value)) : Expression.NotEqual(value, Parameter(Coerce(operand, value.Type, path), value.Type)),
                "in" => In(value, Required(op, operand, path), path),
                "nin" => Expression.Not(In(value, Required(op, operand, path), path)),
                "gt" or "gte" or "lt" or "lte" => NotNullAnd(value, Compare(op, value, Parameter(Coerce(Required(op, operand, path), value.Type, path), value.Type))),
                "contains" or "startsWith" => Text(op, value, (string)Required(op, operand, path), path),
                _ => throw Invalid($"Unknown filter operator '{op}' on '{path}'."),
            };
            all = all is null ? condition : Expression.AndAlso(all, condition);
        }

        return all ?? Expression.Constant(true);
    }

    public static ExecutionError Invalid(string message) => new(message) { Code = ErrorCodes.InvalidFilter };

    private static object Required(string op, object? operand, string path) =>
        operand ?? throw Invalid($"'{path}.{op}' needs a value; to match a missing value use 'eq: null'.");

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private static Expression IsNull(Expression value) =>
        CanBeNull(value.Type) ? Expression.Equal(value, Expression.Constant(null, value.Type)) : Expression.Constant(false);

    // "value is not null and ...": a null value fails the condition itself, so that its negation
    // holds for it in SQL as in C#.
    private static Expression NotNullAnd(Expression value, Expression condition) =>
        CanBeNull(value.Type) ? Expression.AndAlso(Expression.Not(IsNull(value)), condition) : condition;

    private static Expression In(Expression value, object operand, string path)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(value.Type))!;
        foreach (var item in (IEnumerable)operand)
        {
            list.Add(Coerce(item ?? throw Invalid($"'{path}.in' holds no null."), value.Type, path));
        }

        return NotNullAnd(value, Expression.Call(Parameter(list, list.GetType()), list.GetType().GetMethod(nameof(List<int>.Contains))!, value));
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

    private static Expression Text(string op, Expression value, string operand, string path)
    {
        if (value.Type != typeof(string))
        {
            throw Invalid($"'{path}.{op}' applies to text only.");
        }

        var lower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
        var method = typeof(string).GetMethod(op == "contains" ? nameof(string.Contains) : nameof(string.StartsWith), [typeof(string)])!;
        return NotNullAnd(value, Expression.Call(Expression.Call(value, lower), method, Parameter(operand.ToLowerInvariant(), typeof(string))));
    }

    /// <summary>The operand as a member of a closure object, so that EF sends it as a parameter.</summary>
    private static MemberExpression Parameter(object? operand, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), operand)!;
        return Expression.Property(Expression.Constant(box), "Value");
    }

    private static object Coerce(object operand, Type type, string path)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return operand switch
        {
            DateTime dt when target == typeof(DateTime) => dt.Kind == DateTimeKind.Utc ? dt : dt.Kind == DateTimeKind.Local ? dt.ToUniversalTime() : DateTime.SpecifyKind(dt, DateTimeKind.Utc),
            DateTimeOffset dto when target == typeof(DateTime) => dto.UtcDateTime,
            _ when target.IsInstanceOfType(operand) => operand,
            string s when target == typeof(Guid) => Guid.TryParse(s, out var g) ? g : throw Invalid($"'{s}' is not an id ('{path}')."),
            IConvertible when target.IsPrimitive => Convert.ChangeType(operand, target, CultureInfo.InvariantCulture),
            _ => throw Invalid($"'{operand}' is not a valid value for '{path}'."),
        };
    }

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
