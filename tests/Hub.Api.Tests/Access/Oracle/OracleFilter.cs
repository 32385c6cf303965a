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

    /// <summary>On a list field: the list holds the value. On a string field: ordinal substring.</summary>
    Contains,

    /// <summary>On a string field: ordinal prefix.</summary>
    StartsWith,
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

    public static OracleFilter And(params OracleFilter[] operands) => new AndFilter(operands);

    public static OracleFilter Or(params OracleFilter[] operands) => new OrFilter(operands);

    public static OracleFilter Not(OracleFilter operand) => new NotFilter(operand);
}

/// <summary>One comparison on one gated field. For <see cref="FilterOperator.In"/> and
/// <see cref="FilterOperator.Nin"/>, <see cref="Value"/> is a sequence of values.</summary>
public sealed record FieldFilter(string Field, FilterOperator Operator, object? Value) : OracleFilter;

public sealed record AndFilter(IReadOnlyList<OracleFilter> Operands) : OracleFilter;

public sealed record OrFilter(IReadOnlyList<OracleFilter> Operands) : OracleFilter;

public sealed record NotFilter(OracleFilter Operand) : OracleFilter;
