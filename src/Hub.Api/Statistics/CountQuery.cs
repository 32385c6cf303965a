using System.Linq.Expressions;
using Hub.Api.Access;
using Hub.Api.Cases;
using Hub.Api.GraphQL.Expressions;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Statistics;

/// <summary>Compiles a statistic into one SQL statement: the records the caller may count (rule 11:
/// the cases it owns or whose active consent for research and statistics names it, and for
/// referral statistics the referrals of those cases whose assistance the consent covers), each
/// with the values of the dimensions asked for, read under their categories' gates (a value
/// withheld is a value of its own, never a case dropped or moved), grouped in the database with
/// the count, the people and the sum of the record keys of each cell.</summary>
internal static class CountQuery
{
    /// <summary>The value of a text dimension withheld from the caller.</summary>
    public const string WithheldText = "";

    /// <summary>The value of a number dimension withheld from the caller.</summary>
    public const int WithheldNumber = -1;

    public static string SlotOf(Dimension dimension, int index) => dimension.IsText ? Slots.Text[index] : Slots.Number[index];

    /// <summary>The cells of the statistic, and a row of the total where the cells cannot give it
    /// (there are none, they overlap when a case counts once per value, or a person is in several).</summary>
    public static IQueryable<CountedCell> Cells(HubDbContext db, CountedUnit unit, IReadOnlyList<Dimension> dimensions, AccessScope scope,
        Expression<Func<Case, bool>>? caseWhere, Expression<Func<Referral, bool>>? referralWhere)
    {
        var records = Records(db, unit, dimensions, scope, caseWhere, referralWhere);
        var answer = records.GroupBy(x => 1).Select(unit == CountedUnit.Referrals ? TotalOfReferrals : TotalOfCases);
        if (dimensions.Count > 0)
        {
            var joined = records;
            foreach (var (dimension, index) in dimensions.Select((d, i) => (d, i)).Where(x => x.d.IsMultiValued))
            {
                joined = WithValues(joined, dimension, index, db);
            }

            var cells = joined.GroupBy(Grouping(dimensions)).Select(Aggregate(dimensions, unit == CountedUnit.Referrals));
            answer = TotalFromCells(unit, dimensions) ? cells : cells.Concat(answer);
        }

        return answer;
    }

    // The records the caller may count, each with its values in the dimensions' slots.
    private static IQueryable<CountedRecord> Records(HubDbContext db, CountedUnit unit, IReadOnlyList<Dimension> dimensions, AccessScope scope,
        Expression<Func<Case, bool>>? caseWhere, Expression<Func<Referral, bool>>? referralWhere)
    {
        // Rule 2's two disjoint halves, each found by its own index (the owner's cases, and those a
        // consent names the caller for): the planner sees how few they are, where one condition
        // joining them by OR reads as half of all cases.
        var cases = db.Cases.AsNoTracking().Where(DisclosurePolicy.Owns.For(scope))
            .Concat(db.Cases.AsNoTracking().Where(DisclosurePolicy.ConsentedToOthers.For(scope)));
        var c = Expression.Parameter(typeof(Case), "c");
        if (unit == CountedUnit.Cases)
        {
            return (caseWhere is null ? cases : cases.Where(caseWhere))
                .Select(Expression.Lambda<Func<Case, CountedRecord>>(Record(dimensions, c, null, scope), c));
        }

        // A referral tells of the assistance a person was offered: counted only where that is disclosed.
        var assisted = cases.Where(GatedCaseFields.GateOf(DataCategory.Assistance).For(scope));
        var r = Expression.Parameter(typeof(Referral), "r");
        var referrals = db.Referrals.AsNoTracking();
        return (referralWhere is null ? referrals : referrals.Where(referralWhere))
            .Join(assisted, x => x.CaseId, x => x.Id, Expression.Lambda<Func<Referral, Case, CountedRecord>>(Record(dimensions, c, r, scope), r, c));
    }

    /// <summary>Whether the total is the sum of the cells: each record falls in exactly one cell,
    /// and each record is a person.</summary>
    public static bool TotalFromCells(CountedUnit unit, IReadOnlyList<Dimension> dimensions) =>
        unit == CountedUnit.Cases && dimensions.Count > 0 && !dimensions.Any(d => d.IsMultiValued);

    private static readonly Expression<Func<IGrouping<int, CountedRecord>, CountedCell>> TotalOfCases = Slots.Complete<IGrouping<int, CountedRecord>, CountedCell>(g => new CountedCell
    {
        Row = CountedCell.TotalRow,
        People = g.LongCount(),
        KeySum = g.Sum(x => (long)x.RecordKey),
    });

    private static readonly Expression<Func<IGrouping<int, CountedRecord>, CountedCell>> TotalOfReferrals = Slots.Complete<IGrouping<int, CountedRecord>, CountedCell>(g => new CountedCell
    {
        Row = CountedCell.TotalRow,
        People = g.Select(x => x.CaseId).Distinct().LongCount(),
        KeySum = g.Sum(x => (long)x.RecordKey),
    });


    // new CountedRecord { CaseId = c.Id, RecordKey = c.RecordKey, <slot> = gate ? value : withheld, ... }
    private static MemberInitExpression Record(IReadOnlyList<Dimension> dimensions, ParameterExpression c, ParameterExpression? r, AccessScope scope)
    {
        var bindings = new List<MemberBinding>
        {
            Bind(nameof(CountedRecord.CaseId), Expression.Property(c, nameof(Case.Id))),
            Bind(nameof(CountedRecord.RecordKey), Expression.Convert(Expression.Property(c, nameof(Case.RecordKey)), typeof(int))),
        };
        if (r is not null)
        {
            bindings.Add(Bind(nameof(CountedRecord.ReferralId), Expression.Property(r, nameof(Referral.Id))));
        }

        foreach (var (dimension, index) in dimensions.Select((d, i) => (d, i)))
        {
            var withheld = dimension.IsText ? Expression.Constant(WithheldText, typeof(string)) : Expression.Constant(WithheldNumber, typeof(int?));
            Expression? value = dimension switch
            {
                { OfCase: { } column } => ParameterReplacer.Inline(column, c),
                { OfReferral: { } column } => ParameterReplacer.Inline(column, r!),

                // A multi-valued dimension's values are joined later, and only where disclosed:
                // here its slot says only whether they are withheld.
                _ => Expression.Constant(null, typeof(string)),
            };

            if (dimension.Category is { } category)
            {
                var gate = ParameterReplacer.Inline(GatedCaseFields.GateOf(category), c, Expression.Constant(scope, typeof(AccessScope)));
                value = Expression.Condition(gate, value, withheld);
            }

            bindings.Add(Bind(SlotOf(dimension, index), value));
        }

        // Every member is assigned, so that later steps read each one back as a column.
        return Slots.Complete(Expression.New(typeof(CountedRecord)), bindings);
    }

    // Each record once per value of the dimension, or once with no value (none known, or withheld).
    private static IQueryable<CountedRecord> WithValues(IQueryable<CountedRecord> records, Dimension dimension, int index, HubDbContext db)
    {
        var values = dimension.Values!(db);
        var x = Expression.Parameter(typeof(CountedRecord), "x");
        var slot = Expression.Property(x, Slots.Text[index]);
        Expression owner = Expression.Convert(Expression.Property(x, dimension.KeyedByReferral ? nameof(CountedRecord.ReferralId) : nameof(CountedRecord.CaseId)), typeof(Guid?));
        if (dimension.Category is not null)
        {
            // Withheld values are not joined at all: the record stays one, in the withheld cell.
            owner = Expression.Condition(Expression.Equal(slot, Expression.Constant(null, typeof(string))), owner, Expression.Constant(null, typeof(Guid?)));
        }

        var outerKey = Expression.Lambda<Func<CountedRecord, Guid?>>(owner, x);
        var paired = records.GroupJoin(values, outerKey, v => (Guid?)v.OwnerId, (record, found) => new RecordValues { Record = record, Values = found });

        var pair = Expression.Parameter(typeof(RecordValues), "pair");
        var found = Expression.Parameter(typeof(DimensionValueRow), "found");
        var record = Expression.Property(pair, nameof(RecordValues.Record));
        var bindings = typeof(CountedRecord).GetProperties().Select(p => Bind(p.Name, p.Name == Slots.Text[index]
            ? Expression.Coalesce(Expression.Property(found, nameof(DimensionValueRow.Value)), Expression.Property(record, p))
            : Expression.Property(record, p)));
        var result = Expression.Lambda<Func<RecordValues, DimensionValueRow?, CountedRecord>>(
            Expression.MemberInit(Expression.New(typeof(CountedRecord)), bindings), pair, found);
        return paired.SelectMany(p => p.Values.DefaultIfEmpty(), result);
    }

    private sealed class RecordValues
    {
        public required CountedRecord Record { get; init; }
        public required IEnumerable<DimensionValueRow> Values { get; init; }
    }

    private static Expression<Func<CountedRecord, CellGrouping>> Grouping(IReadOnlyList<Dimension> dimensions)
    {
        var x = Expression.Parameter(typeof(CountedRecord), "x");
        var bindings = dimensions.Select((d, i) => (MemberBinding)Expression.Bind(typeof(CellGrouping).GetProperty(SlotOf(d, i))!, Expression.Property(x, SlotOf(d, i))));
        return Expression.Lambda<Func<CountedRecord, CellGrouping>>(Expression.MemberInit(Expression.New(typeof(CellGrouping)), bindings), x);
    }

    private static Expression<Func<IGrouping<CellGrouping, CountedRecord>, CountedCell>> Aggregate(IReadOnlyList<Dimension> dimensions, bool people)
    {
        Expression<Func<IGrouping<CellGrouping, CountedRecord>, long>> count = g => g.LongCount();
        Expression<Func<IGrouping<CellGrouping, CountedRecord>, long>> distinct = g => g.Select(x => x.CaseId).Distinct().LongCount();
        Expression<Func<IGrouping<CellGrouping, CountedRecord>, long>> keys = g => g.Sum(x => (long)x.RecordKey);
        var g = count.Parameters[0];
        var key = Expression.Property(g, nameof(IGrouping<CellGrouping, CountedRecord>.Key));
        var bindings = dimensions.Select((d, i) => (MemberBinding)Expression.Bind(typeof(CountedCell).GetProperty(SlotOf(d, i))!, Expression.Property(key, SlotOf(d, i))))
            .Append(Expression.Bind(typeof(CountedCell).GetProperty(nameof(CountedCell.People))!, people ? ParameterReplacer.Inline(distinct, g) : count.Body))
            .Append(Expression.Bind(typeof(CountedCell).GetProperty(nameof(CountedCell.KeySum))!, ParameterReplacer.Inline(keys, g)));
        return Expression.Lambda<Func<IGrouping<CellGrouping, CountedRecord>, CountedCell>>(Slots.Complete(Expression.New(typeof(CountedCell)), bindings), g);
    }

    private static MemberAssignment Bind(string property, Expression value) => Slots.Bind(typeof(CountedRecord), property, value);
}
