using GraphQL.Types;

namespace Hub.Api.GraphQL.Ordering;

internal sealed class SortDirectionGraphType : EnumerationGraphType
{
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Description = "The direction of one ordering key.";
        Add("ASC", false, "Smallest or earliest first.");
        Add("DESC", true, "Largest or latest first.");
    }
}
