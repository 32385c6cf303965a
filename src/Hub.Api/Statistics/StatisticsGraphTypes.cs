using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Statistics;

internal sealed class StatisticsDimensionGraphType() : DescribedEnumGraphType<StatisticsDimension>("StatisticsDimension",
    "What a statistic can group its counts by. A value of a DEMOGRAPHIC, TRAFFICKING_EXPERIENCE or ASSISTANCE dimension is read only where the owner is the caller or an active consent for RESEARCH_AND_STATISTICS includes its category; elsewhere the case is counted under `withheld`.",
    Dimensions.All.ToDictionary(d => d.Name, d => d.Description))
{
    private static readonly StatisticsDimensionGraphType Names = new();

    /// <summary>The dimension's name in the schema, e.g. <c>COUNTRY_OF_IDENTIFICATION</c>.</summary>
    public static string NameOf(StatisticsDimension dimension) => Names.Values.FindByValue(dimension)!.Name;
}

internal sealed class CountedUnitGraphType() : DescribedEnumGraphType<CountedUnit>("CountedUnit", "What a statistic counts.", new Dictionary<CountedUnit, string>
{
    [CountedUnit.Cases] = "Cases: each is one person.",
    [CountedUnit.Referrals] = "People referred: a person counts once in each cell of their referrals, however many they had there, so that no one weighs more than one in any count.",
});

internal sealed class ProtectionMethodGraphType() : DescribedEnumGraphType<ProtectionMethod>("ProtectionMethod", "How published counts protect the people counted.", new Dictionary<ProtectionMethod, string>
{
    [ProtectionMethod.CellKeyPerturbation] = "The cell-key method of national statistics offices (the Australian Bureau of Statistics' TableBuilder, the UK ONS): every count is moved by a small, bounded, unbiased adjustment that depends only on which people the cell holds, so the same question always gets the same answer and no difference of published counts is exact; cells of fewer than k people are suppressed.",
    [ProtectionMethod.None] = "None: the figures are about projects and activities, not about persons, and are published as they are.",
});

/// <summary>How the published counts were protected.</summary>
internal enum ProtectionMethod
{
    CellKeyPerturbation,
    None,
}

/// <summary>The protection a statistic reports (rule 11).</summary>
internal sealed record Protection(ProtectionMethod Method, int MinimumCellSize, int Resolution, int MaximumAdjustment)
{
    public static Protection Of(CellKeyMethod method) =>
        new(ProtectionMethod.CellKeyPerturbation, method.MinimumCellSize, method.Resolution, method.MaximumAdjustment);

    public static readonly Protection Unprotected = new(ProtectionMethod.None, 0, 1, 0);

    public string Explanation => Method == ProtectionMethod.None
        ? "These figures count projects, activities and the people they trained or reached as the agencies reported them; they are not about any person, and are published as they are."
        : $"Every count is about people, so none is published exactly. A combination of values holding fewer than {MinimumCellSize} people is suppressed: it is not listed (an absent combination holds fewer than {MinimumCellSize} people, or none), and a suppressed total is null. " +
          $"Every other count, the total included, is moved by at most {MaximumAdjustment} up or down by the cell-key method, by an amount fixed by which people the cell holds, so asking again gives the same answer, " +
          "two questions over different people get unrelated adjustments in every cell, and subtracting one published count from another does not give an exact count" +
          (Resolution > 1 ? $"; counts are then rounded to a multiple of {Resolution}." : ".") +
          " Treat every count as an estimate within the adjustment shown.";
}

internal sealed class ProtectionGraphType : ObjectGraphType<Protection>
{
    public ProtectionGraphType()
    {
        Name = "StatisticsProtection";
        Description = "How the published figures protect the people counted.";
        Field<NonNullGraphType<ProtectionMethodGraphType>>("method").Description("The method applied.").Resolve(c => c.Source.Method);
        Field<NonNullGraphType<IntGraphType>>("minimumCellSize").Description("k: a cell of fewer people than this is suppressed (0 when nothing is).").Resolve(c => c.Source.MinimumCellSize);
        Field<NonNullGraphType<IntGraphType>>("resolution").Description("Published counts are multiples of this.").Resolve(c => c.Source.Resolution);
        Field<NonNullGraphType<IntGraphType>>("maximumAdjustment").Description("The most a published count differs from the true count before rounding.").Resolve(c => c.Source.MaximumAdjustment);
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("The protection in plain words, to show next to the figures.").Resolve(c => c.Source.Explanation);
    }
}

internal sealed class DimensionValueGraphType : ObjectGraphType<DimensionValue>
{
    public DimensionValueGraphType()
    {
        Name = "DimensionValue";
        Description = "Where a cell stands in one dimension.";
        Field<NonNullGraphType<StatisticsDimensionGraphType>>("dimension").Description("The dimension.").Resolve(c => c.Source.Dimension);
        Field<StringGraphType>("value").Description("The value as the schema names it: an enum value's name, a country's ISO 3166-1 alpha-3 code, a year. Null when the records have no value, or when it is withheld.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<BooleanGraphType>>("withheld").Description("The cell counts records whose value in this dimension is withheld from the caller: no consent for RESEARCH_AND_STATISTICS includes its category. Never confused with unknown.").Resolve(c => c.Source.Withheld);
    }
}

internal sealed class StatisticsCellGraphType : ObjectGraphType<PublishedCell>
{
    public StatisticsCellGraphType()
    {
        Name = "StatisticsCell";
        Description = "One cell of a statistic: a combination of dimension values and its published count.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DimensionValueGraphType>>>>("dimensions").Description("The cell's value in each dimension, in the order of `groupBy`; empty for the total.").Resolve(c => c.Source.Dimensions);
        Field<IntGraphType>("value").Description("The published count: perturbed, and rounded to the resolution. Null when suppressed.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<BooleanGraphType>>("suppressed").Description("The count is not published: it holds fewer than k people. Only a total can be suppressed; a suppressed cell is not listed.").Resolve(c => c.Source.Suppressed);
    }
}

internal sealed class StatisticsGraphType : ObjectGraphType<PublishedTable>
{
    public StatisticsGraphType()
    {
        Name = "Statistics";
        Description = "Counts of cases or referrals, grouped by up to three dimensions and protected as `protection` says. Needs the role `Statistics.Read`; no case role is needed, and no case is ever listed.";
        this.RequireRole(HubRoles.StatisticsRead);
        Field<NonNullGraphType<CountedUnitGraphType>>("counts").Description("What is counted.").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsDimensionGraphType>>>>("groupBy").Description("The dimensions, in the order asked.").Resolve(c => c.Source.GroupBy.Select(d => d.Name));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsDimensionGraphType>>>>("countsOncePerValue")
            .Description("The dimensions of `groupBy` in which a record counts once for each of its values (a case with two exploitation types is in two cells): the cells of such a statistic overlap, and add up to more than the total.")
            .Resolve(c => c.Source.GroupBy.Where(d => d.IsMultiValued).Select(d => d.Name));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsCellGraphType>>>>("cells").Description("A cell for every combination of values that at least k people have, in the order of their values (an enum's in its order; unknown, then withheld, last). A combination of fewer people is suppressed and not listed, since listing it would tell that somebody has it.").Resolve(c => c.Source.Cells);
        Field<NonNullGraphType<StatisticsCellGraphType>>("total").Description("All records counted, each once, protected like every cell.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ProtectionGraphType>>("protection").Description("How the counts were protected.")
            .Resolve(c => Protection.Of(c.RequestServices!.GetRequiredService<CellKeyMethod>()));
    }
}
