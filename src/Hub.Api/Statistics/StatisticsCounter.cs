using System.Text.Json;
using Hub.Api.Access;
using Hub.Api.Cases;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.Referrals;
using Hub.Api.Writes;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Statistics;

/// <summary>Answers a statistic of cases or referrals (rule 11) for the GraphQL fields and the CSV
/// export alike: checks the grouping and the filter, counts in one statement, publishes every
/// cell and the total through the cell-key method, and audits the question (one row per
/// statistic, with its grouping and filter) in the same step; a question that cannot be audited
/// is not answered.</summary>
internal sealed class StatisticsCounter(CellKeyMethod method)
{
    public const int MaxDimensions = 3;

    // The filter as the caller wrote it: enum values by name.
    private static readonly JsonSerializerOptions AuditJson = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<PublishedTable> CountAsync(HubDbContext db, Actor actor, CountedUnit unit, IReadOnlyList<StatisticsDimension> groupBy, object? where, CancellationToken cancellationToken)
    {
        var dimensions = Grouping(unit, groupBy);
        var scope = AccessScope.ForStatistics(actor.Caller with { Agency = actor.Agency }, actor.Now, db);
        var (caseWhere, referralWhere) = unit == CountedUnit.Cases
            ? (Filter(FilterTranslator.Translate(where, CaseCatalog.Filters, scope)), null)
            : ((System.Linq.Expressions.Expression<Func<Case, bool>>?)null, Filter(FilterTranslator.Translate(where, ReferralCatalog.Filters, scope)));
        var counted = await CountQuery.Cells(db, unit, dimensions, scope, caseWhere, referralWhere).ToListAsync(cancellationToken);

        AuditTrail.Record(db, actor, unit == CountedUnit.Cases ? "caseStatistics" : "referralStatistics", "Statistics", unit.ToString(), [],
            new { groupBy = groupBy.Select(StatisticsDimensionGraphType.NameOf), where = JsonSerializer.SerializeToElement(where, AuditJson) });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var cells = counted.Where(c => !c.IsTotal).ToList();
        var total = CountQuery.TotalFromCells(unit, dimensions)
            ? new CountedCell { IsTotal = true, Count = cells.Sum(c => c.Count), People = cells.Sum(c => c.People), KeySum = cells.Sum(c => c.KeySum) }
            : counted.SingleOrDefault(c => c.IsTotal) ?? new CountedCell { IsTotal = true }; // a group of no records is no row
        var published = cells.Select(c => new PublishedCell(Values(dimensions, c), Publish(c))).ToList();
        published.Sort((a, b) => Order(a, b));
        return new PublishedTable(unit, dimensions, published, new PublishedCell([], Publish(total)));
    }

    private int? Publish(CountedCell cell) => method.Publish(cell.Count, cell.People, (int)(cell.KeySum % 256));

    // A statistic never reads IDENTITY: a filter on it is refused, not answered with zeros.
    private static System.Linq.Expressions.Expression<Func<T, bool>>? Filter<T>((System.Linq.Expressions.Expression<Func<T, bool>> Where, DataCategory Reads)? filter) =>
        filter is { } f && (f.Reads & DataCategory.Identity) != 0
            ? throw OperatorConditions.Invalid("Statistics never read IDENTITY fields: filter by other fields.")
            : filter?.Where;

    private static List<Dimension> Grouping(CountedUnit unit, IReadOnlyList<StatisticsDimension> groupBy)
    {
        var name = unit == CountedUnit.Cases ? "case statistics" : "referral statistics";
        if (groupBy.Count > MaxDimensions)
        {
            throw Invalid($"A statistic groups by at most {MaxDimensions} dimensions.");
        }

        if (groupBy.Distinct().Count() != groupBy.Count)
        {
            throw Invalid("A statistic groups by each dimension at most once.");
        }

        var foreign = groupBy.Where(d => (Dimensions.ByName[d].Units & unit) == 0).ToList();
        return foreign.Count > 0
            ? throw Invalid($"{string.Join(", ", foreign.Select(StatisticsDimensionGraphType.NameOf))} {(foreign.Count == 1 ? "is not a dimension" : "are not dimensions")} of {name}.")
            : [.. groupBy.Select(d => Dimensions.ByName[d])];
    }

    private static global::GraphQL.ExecutionError Invalid(string message) => new(message) { Code = ErrorCodes.InvalidGrouping };

    private static List<DimensionValue> Values(IReadOnlyList<Dimension> dimensions, CountedCell cell) =>
    [
        .. dimensions.Select((d, i) =>
        {
            var stored = typeof(CountedCell).GetProperty(CountQuery.SlotOf(d, i))!.GetValue(cell);
            // SQL Server may pad the empty text of a fixed-length column with blanks.
            var withheld = stored is string text ? string.IsNullOrWhiteSpace(text) : stored is CountQuery.WithheldNumber;
            return new DimensionValue(d.Name, stored is null || withheld ? null : d.Show(stored), withheld);
        }),
    ];

    // Cells in the order of their values, dimension by dimension: known values first (years as
    // numbers), then unknown, then withheld.
    private static int Order(PublishedCell a, PublishedCell b)
    {
        for (var i = 0; i < a.Dimensions.Count; i++)
        {
            var (x, y) = (a.Dimensions[i], b.Dimensions[i]);
            var rank = Rank(x).CompareTo(Rank(y));
            if (rank != 0)
            {
                return rank;
            }

            var order = x.Value is { } xv && y.Value is { } yv
                ? xv.Length != yv.Length && int.TryParse(xv, out _) && int.TryParse(yv, out _) ? xv.Length.CompareTo(yv.Length) : string.CompareOrdinal(xv, yv)
                : 0;
            if (order != 0)
            {
                return order;
            }
        }

        return 0;

        static int Rank(DimensionValue v) => v.Withheld ? 2 : v.Value is null ? 1 : 0;
    }
}
