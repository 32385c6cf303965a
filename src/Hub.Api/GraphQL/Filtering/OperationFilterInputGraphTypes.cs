using GraphQL.Types;

namespace Hub.Api.GraphQL.Filtering;

// The operator inputs shared by every where input: one family of small generic types, named after
// the value they filter (StringFilterInput, DateFilterInput, SexFilterInput, ...).

/// <summary><c>eq</c>, <c>neq</c>, <c>in</c>, <c>nin</c> on enums and ids.</summary>
internal class EqualityFilterInputGraphType<TValue> : InputObjectGraphType where TValue : ScalarGraphType, new()
{
    public EqualityFilterInputGraphType()
    {
        var value = new TValue();
        Name = FilterNames.Of(value) + "FilterInput";
        Description = $"Conditions on a {value.Name} value; all given must hold. {OperatorConditions.NullSemantics}";
        Field<TValue>("eq").Description("Equal to; `null` matches a missing (null) value.");
        Field<TValue>("neq").Description("Not equal to; `null` matches any value that is not missing. A missing value differs from every value.");
        Field<ListGraphType<NonNullGraphType<TValue>>>("in").Description("One of; a missing value is in no list.");
        Field<ListGraphType<NonNullGraphType<TValue>>>("nin").Description("None of; a missing value matches.");
    }
}

/// <summary>Adds <c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c> for numbers and dates.</summary>
internal sealed class ComparableFilterInputGraphType<TValue> : EqualityFilterInputGraphType<TValue> where TValue : ScalarGraphType, new()
{
    public ComparableFilterInputGraphType()
    {
        Field<TValue>("gt").Description("Greater (later) than; never a missing value.");
        Field<TValue>("gte").Description("Greater (later) than or equal to; never a missing value.");
        Field<TValue>("lt").Description("Less (earlier) than; never a missing value.");
        Field<TValue>("lte").Description("Less (earlier) than or equal to; never a missing value.");
    }
}

/// <summary>Text conditions.</summary>
internal sealed class StringFilterInputGraphType : EqualityFilterInputGraphType<StringGraphType>
{
    public StringFilterInputGraphType()
    {
        Field<StringGraphType>("contains").Description("Contains this text, ignoring case; never a missing value.");
        Field<StringGraphType>("startsWith").Description("Starts with this text, ignoring case; never a missing value.");
    }
}

/// <summary><c>some</c>, <c>all</c>, <c>none</c> of a collection's elements.</summary>
internal sealed class SetFilterInputGraphType<TElementFilter> : InputObjectGraphType where TElementFilter : InputObjectGraphType, new()
{
    public SetFilterInputGraphType()
    {
        var element = new TElementFilter().Name.Replace("FilterInput", "", StringComparison.Ordinal);
        Name = element + "SetFilterInput";
        Description = $"Conditions on a set of {element} values.";
        Field<TElementFilter>("some").Description("At least one element meets the condition (never on an empty set).");
        Field<TElementFilter>("all").Description("Every element meets the condition (always on an empty set).");
        Field<TElementFilter>("none").Description("No element meets the condition (always on an empty set).");
    }
}
