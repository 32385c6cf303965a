using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>A calendar date, <c>YYYY-MM-DD</c>; the contract calls it <c>Date</c>. Its description
/// and format are in <see cref="ScalarSpecifications"/>.</summary>
internal sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
    }
}
