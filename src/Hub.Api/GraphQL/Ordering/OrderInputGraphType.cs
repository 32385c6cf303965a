using GraphQL.Types;

namespace Hub.Api.GraphQL.Ordering;

/// <summary>One element of an <c>order</c> list: exactly one key and its direction.</summary>
internal abstract class OrderInputGraphType<T> : InputObjectGraphType
{
    protected OrderInputGraphType(string name, string description, IEnumerable<OrderField<T>> fields)
    {
        Name = name;
        Description = description + " Set exactly one field per list element; later elements break ties of earlier ones.";
        foreach (var field in fields)
        {
            Field<SortDirectionGraphType>(field.Name).Description(field.Description);
        }
    }
}
