using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>A calendar date, <c>YYYY-MM-DD</c>; the contract calls it <c>Date</c>.</summary>
internal sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date without time, ISO 8601 `YYYY-MM-DD`.";
    }
}
