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
        Description = $"Conditions on a {value.Name} value; all given must hold.";
        Field<TValue>("eq").Description("Equal to.");
        Field<TValue>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TValue>>>("in").Description("One of.");
        Field<ListGraphType<NonNullGraphType<TValue>>>("nin").Description("None of.");
    }
}

/// <summary>Adds <c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c> for numbers and dates.</summary>
internal sealed class ComparableFilterInputGraphType<TValue> : EqualityFilterInputGraphType<TValue> where TValue : ScalarGraphType, new()
{
    public ComparableFilterInputGraphType()
    {
        Field<TValue>("gt").Description("Greater (later) than.");
        Field<TValue>("gte").Description("Greater (later) than or equal to.");
        Field<TValue>("lt").Description("Less (earlier) than.");
        Field<TValue>("lte").Description("Less (earlier) than or equal to.");
    }
}

/// <summary>Text conditions.</summary>
internal sealed class StringFilterInputGraphType : EqualityFilterInputGraphType<StringGraphType>
{
    public StringFilterInputGraphType()
    {
        Field<StringGraphType>("contains").Description("Contains this text, ignoring case.");
        Field<StringGraphType>("startsWith").Description("Starts with this text, ignoring case.");
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
        Field<TElementFilter>("some").Description("At least one element meets the condition.");
        Field<TElementFilter>("all").Description("Every element meets the condition.");
        Field<TElementFilter>("none").Description("No element meets the condition.");
    }
}
