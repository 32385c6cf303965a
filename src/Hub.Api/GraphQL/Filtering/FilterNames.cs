using GraphQL.Types;

namespace Hub.Api.GraphQL.Filtering;

internal static class FilterNames
{
    public static string Of(IGraphType value) => value.Name == "ID" ? "Id" : value.Name;
}
