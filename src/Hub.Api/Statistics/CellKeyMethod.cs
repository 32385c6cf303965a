using Hub.Api.Options;

namespace Hub.Api.Statistics;

/// <summary>The cell-key method of national statistics offices (the Australian Bureau of Statistics'
/// TableBuilder, the UK's ONS): every person counted carries a random record key, a cell's key is
/// the sum of its records' keys modulo 256, and the cell's count is moved by the adjustment the
/// perturbation table holds for that count, that key and the key of the whole population the
/// question counts. The same question over the same people always gets the same answer, however it
/// is phrased; two cells that differ by one person get unrelated adjustments, and so do all the
/// cells of two questions whose populations differ at all, so that no cell stands out as the one a
/// chosen person moved. Cells counting fewer than k people are not published at all.</summary>
internal sealed class CellKeyMethod(StatisticsOptions options)
{
    // Each count reads the table from its own place, so that one cell key does not move every
    // count of a table the same way; the population moves every cell's place.
    private const int Stride = 97;
    private const int PopulationStride = 167;

    private readonly int[] _table = Table(options.Table);

    public int MinimumCellSize => options.MinimumCellSize;

    public int Resolution => options.Resolution;

    public int MaximumAdjustment => options.MaximumAdjustment;

    /// <summary>The published count of a cell of <paramref name="people"/> people whose records'
    /// keys sum to <paramref name="cellKey"/>, in a question whose whole population has the key
    /// <paramref name="populationKey"/> (see <see cref="PopulationKey"/>); null when it is suppressed.</summary>
    public int? Publish(long people, int cellKey, int populationKey = 0)
    {
        if (people < options.MinimumCellSize)
        {
            return null;
        }

        var perturbed = people + Adjustment(people, cellKey, populationKey);
        var resolution = options.Resolution;
        var published = (int)Math.Min(int.MaxValue, (perturbed + (resolution / 2)) / resolution * resolution);

        // A value below k would say the true count is within reach of k: only k itself could have
        // been moved there. Such a cell is suppressed too, so that no published value bounds its
        // true count on one side at k.
        return published < options.MinimumCellSize ? null : published;
    }

    /// <summary>The key of a question's whole population: its people and the sum of their records' keys.</summary>
    public static int PopulationKey(long people, long keySum) => (int)(((keySum % 256) + (people % 256 * 59)) % 256);

    /// <summary>The table's adjustment of a count for a cell key in a population.</summary>
    public int Adjustment(long count, int cellKey, int populationKey = 0) =>
        _table[(int)((Mod(cellKey) + (count % 256 * Stride) + (Mod(populationKey) * PopulationStride)) % 256)];

    private static int Mod(int key) => ((key % 256) + 256) % 256;

    // 256 adjustments, each as often as its chance says, in an order shuffled once and for all (a
    // fixed seed, so that every instance and every restart publishes alike): neighbouring places
    // hold unrelated adjustments, so moving every cell's place by the same step leaves none as it was.
    private static int[] Table(int[] weights)
    {
        var table = new List<int>(256);
        table.AddRange(Enumerable.Repeat(0, weights[0]));
        for (var d = 1; d < weights.Length; d++)
        {
            table.AddRange(Enumerable.Repeat(d, weights[d]));
            table.AddRange(Enumerable.Repeat(-d, weights[d]));
        }

        var shuffled = table.ToArray();
        var state = 0x2545F491u;
        for (var i = shuffled.Length - 1; i > 0; i--)
        {
            state = (state * 1664525u) + 1013904223u;
            var j = (int)(state % (uint)(i + 1));
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        return shuffled;
    }
}
