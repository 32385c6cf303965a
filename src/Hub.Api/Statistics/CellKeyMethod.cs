using Hub.Api.Options;

namespace Hub.Api.Statistics;

/// <summary>The cell-key method of national statistics offices (the Australian Bureau of Statistics'
/// TableBuilder, the UK's ONS): every person counted carries a random record key, a cell's key is
/// the sum of its people's keys modulo 256, and the cell's count is moved by the adjustment the
/// perturbation table holds for that count and that key. The same cell always gets the same
/// answer; two cells that differ by one person get unrelated adjustments, so no difference of
/// published counts (a total minus its parts, a query with and without one more filter) is exact.
/// Cells counting fewer than k people are not published at all.</summary>
internal sealed class CellKeyMethod(StatisticsOptions options)
{
    public const string Name = "CELL_KEY_PERTURBATION";

    // Each count reads the table from its own place, so that one cell key does not move every
    // count of a table the same way.
    private const int Stride = 97;

    private readonly int[] _table = Table(options.Table);

    public int MinimumCellSize => options.MinimumCellSize;

    public int Resolution => options.Resolution;

    public int MaximumAdjustment => options.MaximumAdjustment;

    /// <summary>The published count of a cell of <paramref name="count"/> people whose keys sum to
    /// <paramref name="cellKey"/> (modulo 256), or null when it is suppressed.</summary>
    public int? Publish(long count, int cellKey) => Publish(count, count, cellKey);

    /// <summary>The published count of a cell of <paramref name="count"/> records (referrals) of
    /// <paramref name="people"/> people, or null when it is suppressed: it is the people that must
    /// be at least k, since five referrals of one person are still one person.</summary>
    public int? Publish(long count, long people, int cellKey)
    {
        if (people < options.MinimumCellSize)
        {
            return null;
        }

        var perturbed = count + Adjustment(count, cellKey);
        var resolution = options.Resolution;
        var published = (int)Math.Min(int.MaxValue, (perturbed + (resolution / 2)) / resolution * resolution);

        // A value below k would say the true count is within reach of k: only k itself could have
        // been moved there. Such a cell is suppressed too, so that no published value bounds its
        // true count on one side at k.
        return published < options.MinimumCellSize ? null : published;
    }

    /// <summary>The table's adjustment of a count for a cell key.</summary>
    public int Adjustment(long count, int cellKey) => _table[(int)((((cellKey % 256) + 256) % 256 + (count % 256 * Stride)) % 256)];

    // 256 adjustments, each as often as its chance says, in a fixed order: 0s, then +1, -1, +2, -2, ...
    private static int[] Table(int[] weights)
    {
        var table = new List<int>(256);
        table.AddRange(Enumerable.Repeat(0, weights[0]));
        for (var d = 1; d < weights.Length; d++)
        {
            table.AddRange(Enumerable.Repeat(d, weights[d]));
            table.AddRange(Enumerable.Repeat(-d, weights[d]));
        }

        return [.. table];
    }
}
