using System.Text.Json;
using GraphQL;
using Hub.Api.Access;
using Hub.Api.Cases;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.Referrals;
using Hub.Api.Writes;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Statistics;

/// <summary>Answers a statistic of cases or referrals (rule 11) for the GraphQL fields and the CSV
/// export alike: checks the grouping and the filter, counts in one statement, and publishes every
/// cell and the total through the cell-key method. The question's audit row (<see cref="Question"/>)
/// is written with the response's disclosure rows; a response whose rows cannot be written is not sent.</summary>
internal sealed class StatisticsCounter(CellKeyMethod method, GraphQL.HubSchema schema)
{
    private readonly Lazy<JsonSerializerOptions> _audit = new(() => new JsonSerializerOptions { Converters = { new SchemaEnumNames(schema) } });

    /// <summary>The audit row of a question, written with the response's disclosure rows when the
    /// answer leaves (<see cref="GraphQL.HubUserContext.Questions"/>): its grouping and its filter,
    /// spelt as the schema spells them, so that it can be read and asked again.</summary>
    public AuditEntry Question(Actor actor, CountedUnit unit, IReadOnlyList<StatisticsDimension> groupBy, object? where) =>
        AuditTrail.Entry(actor, unit == CountedUnit.Cases ? "caseStatistics" : "referralStatistics", "Statistics", unit.ToString(), [],
            new { groupBy = groupBy.Select(StatisticsDimensionGraphType.NameOf), where = JsonSerializer.SerializeToElement(where, _audit.Value) });

    public async Task<PublishedTable> CountAsync(HubDbContext db, Actor actor, CountedUnit unit, IReadOnlyList<StatisticsDimension> groupBy, object? where, CancellationToken cancellationToken)
    {
        var dimensions = Grouping(unit, groupBy);
        var scope = AccessScope.ForStatistics(actor.Caller with { Agency = actor.Agency }, actor.Now, db);
        var (caseWhere, referralWhere) = unit == CountedUnit.Cases
            ? (Filter(FilterTranslator.Translate(where, CaseCatalog.CountingFilters, scope)), null)
            : ((System.Linq.Expressions.Expression<Func<Case, bool>>?)null, Filter(FilterTranslator.Translate(where, ReferralCatalog.Filters, scope)));
        var counted = await CountQuery.Cells(db, unit, dimensions, scope, caseWhere, referralWhere).ToListAsync(cancellationToken);

        var cells = counted.Where(c => c.Row == CountedCell.CellRow).ToList();
        var total = CountQuery.TotalFromCells(unit, dimensions)
            ? new CountedCell { Row = CountedCell.TotalRow, People = cells.Sum(c => c.People), KeySum = cells.Sum(c => c.KeySum) }
            : counted.SingleOrDefault(c => c.Row == CountedCell.TotalRow) ?? new CountedCell { Row = CountedCell.TotalRow }; // a group of no records is no row
        var population = CellKeyMethod.PopulationKey(total.People, total.KeySum);

        // A listed cell would say that someone has its combination of values: only cells that are
        // published are listed, so that an absent cell means fewer than k people, or none.
        cells.Sort((a, b) => Order(dimensions, a, b));
        var published = cells.Select(c => new PublishedCell(Values(dimensions, c), Publish(c, population))).Where(c => !c.Suppressed).ToList();
        return new PublishedTable(unit, dimensions, published, new PublishedCell([], Publish(total, population)));
    }

    private int? Publish(CountedCell cell, int population) => method.Publish(cell.People, (int)(cell.KeySum % 256), population);

    // A statistic never reads IDENTITY: a filter on it is refused, not answered with zeros.
    private static System.Linq.Expressions.Expression<Func<T, bool>>? Filter<T>((System.Linq.Expressions.Expression<Func<T, bool>> Where, DataCategory Reads)? filter) =>
        filter is { } f && (f.Reads & DataCategory.Identity) != 0
            ? throw OperatorConditions.Invalid("Statistics never read IDENTITY fields: filter by other fields.")
            : filter?.Where;

    private static List<Dimension> Grouping(CountedUnit unit, IReadOnlyList<StatisticsDimension> groupBy)
    {
        var name = unit == CountedUnit.Cases ? "case statistics" : "referral statistics";
        Slots.CheckGrouping(groupBy, StatisticsDimensionGraphType.NameOf);

        var foreign = groupBy.Where(d => (Dimensions.ByName[d].Units & unit) == 0).ToList();
        return foreign.Count > 0
            ? throw Slots.Invalid($"{string.Join(", ", foreign.Select(StatisticsDimensionGraphType.NameOf))} {(foreign.Count == 1 ? "is not a dimension" : "are not dimensions")} of {name}.")
            : [.. groupBy.Select(d => Dimensions.ByName[d])];
    }


    private static List<DimensionValue> Values(IReadOnlyList<Dimension> dimensions, CountedCell cell) =>
    [
        .. dimensions.Select((d, i) => Stored(d, i, cell) is var stored && IsWithheld(stored)
            ? new DimensionValue(d.Name, null, true)
            : new DimensionValue(d.Name, stored is null ? null : d.Show(stored), false)),
    ];

    // Cells in the order of their values, dimension by dimension: known values first (an enum's in
    // its order, years as numbers, codes as they read), then unknown, then withheld.
    private static int Order(List<Dimension> dimensions, CountedCell a, CountedCell b)
    {
        for (var i = 0; i < dimensions.Count; i++)
        {
            var (x, y) = (Stored(dimensions[i], i, a), Stored(dimensions[i], i, b));
            var order = Rank(x).CompareTo(Rank(y));
            if (order == 0 && Rank(x) == 0)
            {
                order = dimensions[i].Order is { } position ? position(x!).CompareTo(position(y!))
                    : x is string text ? string.CompareOrdinal(text, (string)y!) : ((int)x!).CompareTo((int)y!);
            }

            if (order != 0)
            {
                return order;
            }
        }

        return 0;

        static int Rank(object? v) => IsWithheld(v) ? 2 : v is null ? 1 : 0;
    }

    private static object? Stored(Dimension dimension, int index, CountedCell cell) =>
        typeof(CountedCell).GetProperty(CountQuery.SlotOf(dimension, index))!.GetValue(cell);

    // SQL Server may pad the empty text of a fixed-length column with blanks.
    private static bool IsWithheld(object? stored) => stored is string text ? string.IsNullOrWhiteSpace(text) : stored is CountQuery.WithheldNumber;
}
