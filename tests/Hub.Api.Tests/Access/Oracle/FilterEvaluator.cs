using System.Collections;
using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

/// <summary>Rule 6 as three-valued logic. A leaf on a field whose category is not disclosed is
/// <em>unknown</em> (<c>null</c>), whatever the stored value; <c>and</c>, <c>or</c> and <c>not</c> follow
/// Kleene's logic (as SQL does with NULL); a case matches only when the whole filter is <c>true</c>.
/// So a withheld value can never be what makes a case match: neither <c>eq</c>, <c>neq</c> nor
/// <c>not(...)</c> on a withheld citizenship finds the case, while <c>or(withheld leaf, true leaf)</c>
/// does (through the disclosed branch). <c>eq: null</c> on a withheld field is unknown too, although the
/// answer shows that field as null. Leaves on disclosed (and ungated) fields use ordinary .NET
/// semantics on the value:
/// <list type="bullet">
/// <item>a <c>null</c> value equals only <c>null</c> (<c>eq: null</c> finds it, <c>neq X</c> holds), is in
/// no list (<c>in</c> fails, <c>nin</c> holds), is neither greater nor less than anything and contains
/// nothing;</item>
/// <item>equality is ordinal on strings; <c>contains</c> and <c>startsWith</c> compare both sides in
/// invariant lower case;</item>
/// <item>on a set field, <c>some</c> needs an element that meets the element condition (never on an empty
/// set), <c>all</c> needs every element to (always on an empty set), <c>none</c> needs no element to;
/// elements are never null, so <c>eq: null</c> meets no element.</item>
/// </list>
/// <c>in</c>, <c>nin</c>, <c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c>, <c>contains</c> and
/// <c>startsWith</c> given <c>null</c> are refused by the Hub before anything is read; the oracle is
/// never asked to evaluate them and throws.</summary>
public static class FilterEvaluator
{
    public static bool Matches(OracleFilter filter, OracleCase c, DataCategory disclosed) =>
        Evaluate(filter, c, disclosed, keys: null) == true;

    public static bool Matches(OracleFilter filter, OracleCase c, DataCategory disclosed, OracleCaseKeys? keys) =>
        Evaluate(filter, c, disclosed, keys) == true;

    public static bool? Evaluate(OracleFilter filter, OracleCase c, DataCategory disclosed) => Evaluate(filter, c, disclosed, keys: null);

    /// <summary>True, false or unknown (null) for the case, given the categories disclosed to the caller and
    /// the case's ungated values (<paramref name="keys"/>, needed only when the filter names an ungated field).</summary>
    public static bool? Evaluate(OracleFilter filter, OracleCase c, DataCategory disclosed, OracleCaseKeys? keys) => filter switch
    {
        AndFilter and => EvaluateAnd(and.Operands, c, disclosed, keys),
        OrFilter or => EvaluateOr(or.Operands, c, disclosed, keys),
        NotFilter not => !Evaluate(not.Operand, c, disclosed, keys),
        SetFilter set => EvaluateSet(set, c, disclosed),
        FieldFilter leaf => EvaluateLeaf(leaf, c, disclosed, keys),
        _ => throw new ArgumentException($"Unknown filter {filter}.", nameof(filter)),
    };

    private static bool? EvaluateAnd(IReadOnlyList<OracleFilter> operands, OracleCase c, DataCategory disclosed, OracleCaseKeys? keys)
    {
        bool? result = true;
        foreach (var operand in operands)
        {
            var value = Evaluate(operand, c, disclosed, keys);
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

    private static bool? EvaluateOr(IReadOnlyList<OracleFilter> operands, OracleCase c, DataCategory disclosed, OracleCaseKeys? keys)
    {
        bool? result = false;
        foreach (var operand in operands)
        {
            var value = Evaluate(operand, c, disclosed, keys);
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

    private static bool? EvaluateLeaf(FieldFilter leaf, OracleCase c, DataCategory disclosed, OracleCaseKeys? keys)
    {
        if (!CaseFields.Categories.TryGetValue(leaf.Field, out var category))
        {
            return EvaluateScalar(leaf, Ungated(leaf.Field, keys));
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

    private static bool? EvaluateSet(SetFilter set, OracleCase c, DataCategory disclosed)
    {
        if (!CaseFields.ListFields.Contains(set.Field))
        {
            throw new ArgumentException($"'{set.Field}' is not a set field.", nameof(set));
        }

        if ((disclosed & CaseFields.Categories[set.Field]) == DataCategory.None)
        {
            return null;
        }

        var elements = ((IEnumerable)CaseFields.Value(c, set.Field)!).Cast<object>().ToList();
        return set.Quantifier switch
        {
            SetQuantifier.Some => elements.Any(e => EvaluateScalar(set.Element, e)),
            SetQuantifier.All => elements.All(e => EvaluateScalar(set.Element, e)),
            SetQuantifier.None => !elements.Any(e => EvaluateScalar(set.Element, e)),
            _ => throw new ArgumentException($"Unknown quantifier {set.Quantifier}.", nameof(set)),
        };
    }

    private static object? Ungated(string field, OracleCaseKeys? keys)
    {
        if (keys is null)
        {
            throw new ArgumentException($"'{field}' is not a gated Case field, and no ungated values were given.", nameof(field));
        }

        return field switch
        {
            UngatedFields.Reference => keys.Reference,
            UngatedFields.RegisteredOn => keys.RegisteredOn,
            UngatedFields.OwnerId => keys.OwnerId,
            UngatedFields.OwnerCode => keys.OwnerCode,
            _ => throw new ArgumentException($"'{field}' is not a Case filter field.", nameof(field)),
        };
    }

    private static bool EvaluateList(FieldFilter leaf, IEnumerable actual) => leaf.Operator switch
    {
        FilterOperator.Contains => actual.Cast<object>().Any(v => Equals(v, leaf.Value)),
        _ => throw new NotSupportedException($"On the list field '{leaf.Field}' the oracle supports 'contains' (and set quantifiers)."),
    };

    private static bool EvaluateScalar(FieldFilter leaf, object? actual) => leaf.Operator switch
    {
        FilterOperator.Eq => Equals(actual, leaf.Value),
        FilterOperator.Neq => !Equals(actual, leaf.Value),
        FilterOperator.In => Values(leaf).Any(v => Equals(actual, v)),
        FilterOperator.Nin => !Values(leaf).Any(v => Equals(actual, v)),
        FilterOperator.Gt => Compare(actual, Operand(leaf)) is > 0,
        FilterOperator.Gte => Compare(actual, Operand(leaf)) is >= 0,
        FilterOperator.Lt => Compare(actual, Operand(leaf)) is < 0,
        FilterOperator.Lte => Compare(actual, Operand(leaf)) is <= 0,
        FilterOperator.Contains => actual is string s && Lower(s).Contains(Lower(Text(leaf)), StringComparison.Ordinal),
        FilterOperator.StartsWith => actual is string s && Lower(s).StartsWith(Lower(Text(leaf)), StringComparison.Ordinal),
        _ => throw new ArgumentException($"Unknown operator {leaf.Operator}.", nameof(leaf)),
    };

    private static string Lower(string s) => s.ToLowerInvariant();

    private static object Operand(FieldFilter leaf) =>
        leaf.Value ?? throw new ArgumentException($"'{leaf.Operator}: null' on '{leaf.Field}' is refused (INVALID_FILTER), not evaluated.", nameof(leaf));

    private static IEnumerable<object?> Values(FieldFilter leaf) =>
        leaf.Value is IEnumerable values and not string
            ? values.Cast<object?>()
            : throw new ArgumentException($"'{leaf.Operator}' on '{leaf.Field}' needs a sequence of values.", nameof(leaf));

    private static string Text(FieldFilter leaf) =>
        leaf.Value as string ?? throw new ArgumentException($"'{leaf.Operator}' on '{leaf.Field}' needs a string.", nameof(leaf));

    /// <summary>Null when the stored value is null (no order); ordinal for strings.</summary>
    private static int? Compare(object? actual, object value)
    {
        if (actual is null)
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
