using System.Linq.Expressions;

namespace Hub.Api.Statistics;

/// <summary>The shape the metrics of projects and of activities share: each counted row holds the
/// values of up to three dimensions in slots (a text or a number each, named as in
/// <see cref="CellGrouping"/>), the rows are grouped by the slots in use, and each group is summed
/// by the feature's own template. Where the cells overlap, the total is a second branch of the
/// same statement (UNION ALL); either way, one statement answers.</summary>
internal static class MetricsQuery
{
    private const string IsTotal = "IsTotal";

    /// <summary>A counted row: the bindings of <paramref name="measures"/>, each value in the slot
    /// of its dimension, and every other member null, so that both sides of a UNION assign the same columns.</summary>
    public static MemberInitExpression Row<TName>(MemberInitExpression measures, IReadOnlyList<MetricsDimension<TName>> dimensions, IReadOnlyList<Expression> values)
        where TName : struct, Enum
    {
        var type = measures.Type;
        var bindings = measures.Bindings.Concat(dimensions.Select((d, i) => Slots.Bind(type, SlotOf(d, i), values[i])));
        return Slots.Complete(measures.NewExpression, bindings);
    }

    /// <summary>The cells of the rows, grouped by the slots of <paramref name="dimensions"/> and
    /// summed by <paramref name="byCell"/>; and a total row summed by <paramref name="ofAll"/> over
    /// <paramref name="once"/> (each counted thing once) where the cells cannot give it: there are
    /// no dimensions, or a row is in several cells.</summary>
    public static IQueryable<TSums> Cells<TName, TRow, TSums>(IQueryable<TRow> rows, IQueryable<TRow> once, IReadOnlyList<MetricsDimension<TName>> dimensions,
        Expression<Func<IGrouping<CellGrouping, TRow>, TSums>> byCell, Expression<Func<IGrouping<int, TRow>, TSums>> ofAll)
        where TName : struct, Enum
    {
        var total = once.GroupBy(x => 1).Select(Sums(ofAll, [Slots.Bind(typeof(TSums), IsTotal, Expression.Constant(true))]));
        if (dimensions.Count == 0)
        {
            return total;
        }

        var x = Expression.Parameter(typeof(TRow), "x");
        var grouping = Expression.Lambda<Func<TRow, CellGrouping>>(Expression.MemberInit(Expression.New(typeof(CellGrouping)),
            dimensions.Select((d, i) => Slots.Bind(typeof(CellGrouping), SlotOf(d, i), Expression.Property(x, SlotOf(d, i))))), x);
        var key = Expression.Property(byCell.Parameters[0], nameof(IGrouping<CellGrouping, TRow>.Key));
        var cells = rows.GroupBy(grouping).Select(Sums(byCell, [.. dimensions.Select((d, i) => Slots.Bind(typeof(TSums), SlotOf(d, i), Expression.Property(key, SlotOf(d, i))))]));
        return TotalFromCells(dimensions) ? cells : cells.Concat(total);
    }

    /// <summary>Whether the total is the sum of the cells: there are cells, and each row is in exactly one.</summary>
    public static bool TotalFromCells<TName>(IReadOnlyList<MetricsDimension<TName>> dimensions) where TName : struct, Enum =>
        dimensions.Count > 0 && !dimensions.Any(d => d.CountsOncePerValue);

    /// <summary>A cell's stored value in each dimension, in the order of <paramref name="dimensions"/>.</summary>
    public static IReadOnlyList<object?> Values<TName>(object sums, IReadOnlyList<MetricsDimension<TName>> dimensions) where TName : struct, Enum =>
        [.. dimensions.Select((d, i) => sums.GetType().GetProperty(SlotOf(d, i))!.GetValue(sums))];

    /// <summary>Cells in the order of their values, dimension by dimension: numbers as numbers, an
    /// enum's values in its order, other texts as the schema shows them, and no value last.</summary>
    public static int Compare<TName>(IReadOnlyList<object?> a, IReadOnlyList<object?> b, IReadOnlyList<MetricsDimension<TName>> dimensions) where TName : struct, Enum
    {
        for (var i = 0; i < dimensions.Count; i++)
        {
            var order = (a[i], b[i]) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                (int x, int y) => x.CompareTo(y),
                (object x, object y) when dimensions[i].Order is { } position => position(x).CompareTo(position(y)),
                (object x, object y) => string.CompareOrdinal(dimensions[i].Show(x), dimensions[i].Show(y)),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static string SlotOf<TName>(MetricsDimension<TName> dimension, int index) where TName : struct, Enum =>
        dimension.IsText ? Slots.Text[index] : Slots.Number[index];

    // The template's sums, with the extra bindings, and every member left out assigned its empty value.
    private static Expression<Func<TGroup, TSums>> Sums<TGroup, TSums>(Expression<Func<TGroup, TSums>> template, IReadOnlyList<MemberBinding> extra)
    {
        var init = (MemberInitExpression)template.Body;
        return Expression.Lambda<Func<TGroup, TSums>>(Slots.Complete(init.NewExpression, init.Bindings.Concat(extra)), template.Parameters);
    }
}
