using System.Linq.Expressions;
using GraphQL;
using Hub.Api.GraphQL;

namespace Hub.Api.Statistics;

/// <summary>What statistics and metrics share in building their one statement: the slots a counted
/// row holds its dimensions' values in (a text or a number each, <c>Text0</c>..<c>Number2</c> on
/// every row type), member initialisations that assign every member (both sides of a UNION must
/// assign the same columns), and the check of a grouping.</summary>
internal static class Slots
{
    public const int MaxDimensions = 3;

    public static readonly string[] Text = ["Text0", "Text1", "Text2"];
    public static readonly string[] Number = ["Number0", "Number1", "Number2"];

    /// <summary>Refuses a grouping by more than <see cref="MaxDimensions"/> dimensions, or by one twice.</summary>
    public static void CheckGrouping<TName>(IReadOnlyList<TName> groupBy, Func<TName, string> nameOf) where TName : struct, Enum
    {
        if (groupBy.Count > MaxDimensions)
        {
            throw Invalid($"A statistic groups by at most {MaxDimensions} dimensions.");
        }

        var twice = groupBy.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => nameOf(g.Key)).ToList();
        if (twice.Count > 0)
        {
            throw Invalid($"A statistic groups by each dimension at most once; named twice: {string.Join(", ", twice)}.");
        }
    }

    public static ExecutionError Invalid(string message) => new(message) { Code = ErrorCodes.InvalidGrouping };

    /// <summary>The initialisation with every member left out assigned its empty value.</summary>
    public static MemberInitExpression Complete(NewExpression type, IEnumerable<MemberBinding> bindings)
    {
        var all = bindings.ToList();
        var bound = all.Select(b => b.Member.Name).ToHashSet();
        all.AddRange(type.Type.GetProperties().Where(p => !bound.Contains(p.Name))
            .Select(p => Bind(type.Type, p.Name, Expression.Constant(p.PropertyType.IsValueType && Nullable.GetUnderlyingType(p.PropertyType) is null
                ? Activator.CreateInstance(p.PropertyType) : null, p.PropertyType))));
        return Expression.MemberInit(type, all);
    }

    /// <summary>The same initialisation, in a lambda, completed.</summary>
    public static Expression<Func<TSource, TResult>> Complete<TSource, TResult>(Expression<Func<TSource, TResult>> lambda)
    {
        var init = (MemberInitExpression)lambda.Body;
        return Expression.Lambda<Func<TSource, TResult>>(Complete(init.NewExpression, init.Bindings), lambda.Parameters);
    }

    /// <summary>Assigns a value to a member of a row type, converted to the member's type.</summary>
    public static MemberAssignment Bind(Type type, string property, Expression value)
    {
        var member = type.GetProperty(property)!;
        return Expression.Bind(member, value.Type == member.PropertyType ? value : Expression.Convert(value, member.PropertyType));
    }
}
