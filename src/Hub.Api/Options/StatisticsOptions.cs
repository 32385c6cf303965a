namespace Hub.Api.Options;

/// <summary>The <c>Hub:Statistics</c> section: how counts of people are protected (DESIGN rule 11).</summary>
internal sealed class StatisticsOptions
{
    public const string Section = "Hub:Statistics";

    /// <summary>k: a cell counting fewer people than this is suppressed (5).</summary>
    public int MinimumCellSize { get; set; } = 5;

    /// <summary>Published counts are rounded to a multiple of this (1: no rounding beyond the perturbation).</summary>
    public int Resolution { get; set; } = 1;

    /// <summary>The perturbation table, as the chance of each adjustment in 256ths: the first is the
    /// chance of no adjustment, the next of +1 and of −1 each, then of +2 and of −2 each, and so
    /// on. The adjustments are symmetric, so the table is unbiased; the number of entries after the
    /// first is the largest adjustment. The default changes about half the cells, by 1 or 2.</summary>
    public int[]? Adjustments { get; set; }

    /// <summary>The largest chance of no adjustment, in 256ths: a table that leaves nearly every
    /// count as it is publishes nearly every count exactly.</summary>
    public const int MostUnmoved = 192;

    /// <summary>The table in force: the configured one, or the default.</summary>
    public int[] Table => Adjustments is { Length: > 0 } configured ? configured : [128, 51, 13];

    /// <summary>The largest adjustment the table can make.</summary>
    public int MaximumAdjustment => Array.FindLastIndex(Table, w => w > 0);

    /// <summary>Why the settings cannot protect anyone, or null when they can.</summary>
    public string? Fault() =>
        Table.Length < 2 || Table.Any(w => w < 0) || Table[0] + (2 * Table.Skip(1).Sum()) != 256 || Table[0] > MostUnmoved
            ? $"Hub:Statistics:Adjustments must give the chance of no adjustment and of each adjustment up and down in 256ths, summing to 256, with no adjustment at most {MostUnmoved} in 256, so that at least a quarter of the counts move."
            : MinimumCellSize <= MaximumAdjustment
                ? "Hub:Statistics:MinimumCellSize must exceed the largest adjustment, so that no published count is negative."
                : Resolution < 1 ? "Hub:Statistics:Resolution must be 1 or more." : null;
}
