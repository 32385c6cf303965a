using System.Linq.Expressions;
using GraphQL.Types;
using Hub.Data;
using Hub.Data.Entities;

namespace Hub.Api.Statistics;

/// <summary>One dimension a statistic can group by, declared once in <see cref="Dimensions"/>:
/// which statistics have it, the case category that gates its values (null for the counted
/// record's own fields), and where its values come from: a column of the case or of the referral
/// (text or a number), or a table of its own with one row per value, so that a case counts once
/// per value.</summary>
internal sealed record Dimension
{
    public required StatisticsDimension Name { get; init; }
    public required string Description { get; init; }

    /// <summary>The dimension's HXL hashtag and attributes in an export, e.g. <c>#country+code</c>.</summary>
    public required string Hashtag { get; init; }
    public required CountedUnit Units { get; init; }
    public DataCategory? Category { get; init; }

    /// <summary>A column of the case: <c>Func&lt;Case, string?&gt;</c> or <c>Func&lt;Case, int?&gt;</c>.</summary>
    public LambdaExpression? OfCase { get; init; }

    /// <summary>A column of the referral: <c>Func&lt;Referral, string?&gt;</c> or <c>Func&lt;Referral, int&gt;</c>.</summary>
    public LambdaExpression? OfReferral { get; init; }

    /// <summary>A table of values, one row per value, keyed by the case (or, with
    /// <see cref="KeyedByReferral"/>, by the referral).</summary>
    public Func<HubDbContext, IQueryable<DimensionValueRow>>? Values { get; init; }

    public bool KeyedByReferral { get; init; }

    /// <summary>How a stored value is shown: a country code or a year as it is, an enum's value by
    /// the schema's name for it (<see cref="Of{TGraphType, TEnum}"/>).</summary>
    public Func<object, string> Show { get; init; } = value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;

    /// <summary>Where a stored value comes in the order of the cells: an enum's values in their
    /// declared order (age brackets youngest first); null to order values as they read.</summary>
    public Func<object, int>? Order { get; init; }

    public bool IsMultiValued => Values is not null;

    public bool IsText => (OfCase ?? OfReferral)?.ReturnType != typeof(int);

    /// <summary>The dimension with values of an enum, stored by their names: shown as the schema's
    /// enum names them, in the enum's order.</summary>
    public Dimension Of<TGraphType, TEnum>() where TGraphType : EnumerationGraphType, new() where TEnum : struct, Enum => this with
    {
        Show = Named<TGraphType, TEnum>(),
        Order = Position<TEnum>(),
    };

    /// <summary>Where a value of an enum, stored by its name, comes in the enum's declared order.</summary>
    public static Func<object, int> Position<TEnum>() where TEnum : struct, Enum =>
        value => Convert.ToInt32(Enum.Parse<TEnum>((string)value), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The values of an enum, stored by their names, as the schema's enum names them.</summary>
    public static Func<object, string> Named<TGraphType, TEnum>() where TGraphType : EnumerationGraphType, new() where TEnum : struct, Enum
    {
        var type = new TGraphType();
        return value => type.Values.FindByValue(Enum.Parse<TEnum>((string)value))?.Name ?? throw new InvalidOperationException($"{type.Name} has no value {value}.");
    }
}

/// <summary>One value of a multi-valued dimension: the case (or referral) it belongs to and the
/// value as stored (the enum member's name).</summary>
internal sealed class DimensionValueRow
{
    public Guid OwnerId { get; set; }
    public required string Value { get; set; }
}
