namespace Hub.Api.Tests.Access.Oracle;

/// <summary>The operators of a <c>where:</c> leaf (DESIGN §4).</summary>
public enum FilterOperator
{
    Eq,
    Neq,
    In,
    Nin,
    Gt,
    Gte,
    Lt,
    Lte,

    /// <summary>On a list field: the list holds the value. On a string field: substring, both sides
    /// in invariant lower case.</summary>
    Contains,

    /// <summary>On a string field: prefix, both sides in invariant lower case.</summary>
    StartsWith,
}

/// <summary>How a condition on the elements of a set field (<c>some</c>, <c>all</c>, <c>none</c>) is
/// quantified.</summary>
public enum SetQuantifier
{
    /// <summary>At least one element meets it (never on an empty set).</summary>
    Some,

    /// <summary>Every element meets it (always on an empty set).</summary>
    All,

    /// <summary>No element meets it (always on an empty set).</summary>
    None,
}

/// <summary>A <c>where:</c> filter over gated Case fields, as the oracle evaluates it.</summary>
public abstract record OracleFilter
{
    public static OracleFilter Eq(string field, object? value) => new FieldFilter(field, FilterOperator.Eq, value);

    public static OracleFilter Neq(string field, object? value) => new FieldFilter(field, FilterOperator.Neq, value);

    public static OracleFilter In(string field, params object?[] values) => new FieldFilter(field, FilterOperator.In, values);

    public static OracleFilter Nin(string field, params object?[] values) => new FieldFilter(field, FilterOperator.Nin, values);

    public static OracleFilter Contains(string field, object value) => new FieldFilter(field, FilterOperator.Contains, value);

    public static OracleFilter StartsWith(string field, string prefix) => new FieldFilter(field, FilterOperator.StartsWith, prefix);

    public static OracleFilter Set(string field, SetQuantifier quantifier, FilterOperator elementOperator, object? value) =>
        new SetFilter(field, quantifier, new FieldFilter(field, elementOperator, value));

    /// <summary>A condition that always holds: what a filter given <c>null</c>, or an empty one, means.</summary>
    public static OracleFilter True => new AndFilter([]);

    public static OracleFilter And(params OracleFilter[] operands) => new AndFilter(operands);

    public static OracleFilter Or(params OracleFilter[] operands) => new OrFilter(operands);

    public static OracleFilter Not(OracleFilter operand) => new NotFilter(operand);
}

/// <summary>One comparison on one field: a gated Case field by its GraphQL name, or an ungated one
/// (<see cref="UngatedFields"/>). <see cref="Value"/> may be <c>null</c> (<c>eq: null</c>). For <see cref="FilterOperator.In"/> and
/// <see cref="FilterOperator.Nin"/>, <see cref="Value"/> is a sequence of values.</summary>
public sealed record FieldFilter(string Field, FilterOperator Operator, object? Value) : OracleFilter;

/// <summary>A quantified condition on the elements of a set field; <see cref="Element"/> names the
/// same field and is evaluated on each element.</summary>
public sealed record SetFilter(string Field, SetQuantifier Quantifier, FieldFilter Element) : OracleFilter;

/// <summary>The ungated fields a case filter may name, as the oracle spells them.</summary>
public static class UngatedFields
{
    public const string Reference = "reference";
    public const string RegisteredOn = "registeredOn";
    public const string OwnerId = "owner.id";
    public const string OwnerCode = "owner.code";
}

public sealed record AndFilter(IReadOnlyList<OracleFilter> Operands) : OracleFilter;

public sealed record OrFilter(IReadOnlyList<OracleFilter> Operands) : OracleFilter;

public sealed record NotFilter(OracleFilter Operand) : OracleFilter;
