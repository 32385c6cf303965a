using System.Linq.Expressions;

namespace Hub.Api.Statistics;

/// <summary>One dimension that the metrics of projects or activities group by: the column its
/// value is read from (a text, or a whole number such as a year), how the schema shows a stored
/// value, and whether a row counts once for each of its values (a project in three countries is
/// in three cells).</summary>
internal sealed class MetricsDimension<TName> where TName : struct, Enum
{
    public required TName Name { get; init; }
    public required string Description { get; init; }

    /// <summary>The dimension's HXL hashtag and attributes in an export.</summary>
    public required string Hashtag { get; init; }

    /// <summary>The column, over the sources of the counted row: returns <c>string?</c> or <c>int</c>.</summary>
    public required LambdaExpression Column { get; init; }

    /// <summary>How a stored value is shown: the schema's enum name, a country code, a year.</summary>
    public required Func<object, string> Show { get; init; }

    /// <summary>Where a stored value comes in the order of the cells: an enum's values in their
    /// declared order; null to order values as they read.</summary>
    public Func<object, int>? Order { get; init; }

    public bool CountsOncePerValue { get; init; }

    public bool IsText => Column.ReturnType == typeof(string);
}
