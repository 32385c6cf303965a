namespace Hub.Api.Statistics;

/// <summary>A statistic as it leaves the Hub: what was counted, by which dimensions, each cell's
/// published count, and the total, all protected by <see cref="CellKeyMethod"/>.</summary>
internal sealed record PublishedTable(CountedUnit Unit, IReadOnlyList<Dimension> GroupBy, IReadOnlyList<PublishedCell> Cells, PublishedCell Total);

/// <summary>One cell: its place in every dimension, and its published count (null when suppressed).</summary>
internal sealed record PublishedCell(IReadOnlyList<DimensionValue> Dimensions, int? Value)
{
    public bool Suppressed => Value is null;
}

/// <summary>A cell's value in one dimension, as the schema shows it: null when unknown, or when
/// withheld from the caller (then <see cref="Withheld"/>).</summary>
internal sealed record DimensionValue(StatisticsDimension Dimension, string? Value, bool Withheld);
