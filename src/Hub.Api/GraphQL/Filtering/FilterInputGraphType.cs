using GraphQL.Types;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>The <c>where</c> input of one kind of item: its filter fields, combined with
/// <c>and</c>, <c>or</c> and <c>not</c>.</summary>
internal abstract class FilterInputGraphType<T, TSelf> : InputObjectGraphType where TSelf : FilterInputGraphType<T, TSelf>
{
    protected FilterInputGraphType(string name, string description, IEnumerable<FilterField<T>> fields)
    {
        Name = name;
        Description = description + " Fields given together must all hold; a field, `and`, `or` or `not` given `null` sets no condition.";
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("Every one of these conditions holds.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these conditions holds.");
        Field<TSelf>("not").Description("This condition does not hold.");
        foreach (var field in fields)
        {
            Field(field.Name, field.OperationGraphType).Description(field.Description);
        }
    }
}
