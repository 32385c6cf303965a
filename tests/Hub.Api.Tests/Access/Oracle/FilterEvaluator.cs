using System.Collections;
using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

/// <summary>Rule 6 as three-valued logic. A leaf on a field whose category is not disclosed is
/// <em>unknown</em> (<c>null</c>), whatever the stored value; <c>and</c>, <c>or</c> and <c>not</c> follow
/// Kleene's logic (as SQL does with NULL); a case matches only when the whole filter is <c>true</c>.
/// So a withheld value can never be what makes a case match: neither <c>eq</c>, <c>neq</c> nor
/// <c>not(...)</c> on a withheld citizenship finds the case, while <c>or(withheld leaf, true leaf)</c>
/// does (through the disclosed branch). Leaves on disclosed fields use ordinary .NET semantics:
/// a disclosed <c>null</c> equals <c>null</c>, differs from every value (<c>neq X</c> is true), and is
/// neither greater nor less than anything.</summary>
public static class FilterEvaluator
{
    public static bool Matches(OracleFilter filter, OracleCase c, DataCategory disclosed) =>
        Evaluate(filter, c, disclosed) == true;

    public static bool? Evaluate(OracleFilter filter, OracleCase c, DataCategory disclosed) => filter switch
    {
        AndFilter and => EvaluateAnd(and.Operands, c, disclosed),
        OrFilter or => EvaluateOr(or.Operands, c, disclosed),
        NotFilter not => !Evaluate(not.Operand, c, disclosed),
        FieldFilter leaf => EvaluateLeaf(leaf, c, disclosed),
        _ => throw new ArgumentException($"Unknown filter {filter}.", nameof(filter)),
    };

    private static bool? EvaluateAnd(IReadOnlyList<OracleFilter> operands, OracleCase c, DataCategory disclosed)
    {
        bool? result = true;
        foreach (var operand in operands)
        {
            var value = Evaluate(operand, c, disclosed);
            if (value == false)
            {
                return false;
            }

            if (value is null)
            {
                result = null;
            }
        }

        return result;
    }

    private static bool? EvaluateOr(IReadOnlyList<OracleFilter> operands, OracleCase c, DataCategory disclosed)
    {
        bool? result = false;
        foreach (var operand in operands)
        {
            var value = Evaluate(operand, c, disclosed);
            if (value == true)
            {
                return true;
            }

            if (value is null)
            {
                result = null;
            }
        }

        return result;
    }

    private static bool? EvaluateLeaf(FieldFilter leaf, OracleCase c, DataCategory disclosed)
    {
        if (!CaseFields.Categories.TryGetValue(leaf.Field, out var category))
        {
            throw new ArgumentException($"'{leaf.Field}' is not a gated Case field.", nameof(leaf));
        }

        if ((disclosed & category) != category)
        {
            return null;
        }

        var actual = CaseFields.Value(c, leaf.Field);
        return CaseFields.ListFields.Contains(leaf.Field)
            ? EvaluateList(leaf, (IEnumerable)actual!)
            : EvaluateScalar(leaf, actual);
    }

    private static bool EvaluateList(FieldFilter leaf, IEnumerable actual) => leaf.Operator switch
    {
        FilterOperator.Contains => actual.Cast<object>().Any(v => Equals(v, leaf.Value)),
        _ => throw new NotSupportedException($"The oracle supports only 'contains' on the list field '{leaf.Field}'."),
    };

    private static bool EvaluateScalar(FieldFilter leaf, object? actual) => leaf.Operator switch
    {
        FilterOperator.Eq => Equals(actual, leaf.Value),
        FilterOperator.Neq => !Equals(actual, leaf.Value),
        FilterOperator.In => Values(leaf).Any(v => Equals(actual, v)),
        FilterOperator.Nin => !Values(leaf).Any(v => Equals(actual, v)),
        FilterOperator.Gt => Compare(actual, leaf.Value) is > 0,
        FilterOperator.Gte => Compare(actual, leaf.Value) is >= 0,
        FilterOperator.Lt => Compare(actual, leaf.Value) is < 0,
        FilterOperator.Lte => Compare(actual, leaf.Value) is <= 0,
        FilterOperator.Contains => actual is string s && s.Contains(Text(leaf), StringComparison.Ordinal),
        FilterOperator.StartsWith => actual is string s && s.StartsWith(Text(leaf), StringComparison.Ordinal),
        _ => throw new ArgumentException($"Unknown operator {leaf.Operator}.", nameof(leaf)),
    };

    private static IEnumerable<object?> Values(FieldFilter leaf) =>
        leaf.Value is IEnumerable values and not string
            ? values.Cast<object?>()
            : throw new ArgumentException($"'{leaf.Operator}' on '{leaf.Field}' needs a sequence of values.", nameof(leaf));

    private static string Text(FieldFilter leaf) =>
        leaf.Value as string ?? throw new ArgumentException($"'{leaf.Operator}' on '{leaf.Field}' needs a string.", nameof(leaf));

    /// <summary>Null when either side is null (no order); ordinal for strings.</summary>
    private static int? Compare(object? actual, object? value)
    {
        if (actual is null || value is null)
        {
            return null;
        }

        if (actual.GetType() != value.GetType())
        {
            throw new ArgumentException($"Cannot compare {actual.GetType().Name} with {value.GetType().Name}.", nameof(value));
        }

        return actual is string s ? string.CompareOrdinal(s, (string)value) : ((IComparable)actual).CompareTo(value);
    }
}
