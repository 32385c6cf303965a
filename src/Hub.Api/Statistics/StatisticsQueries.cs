using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.Referrals;
using Hub.Api.Writes;

namespace Hub.Api.Statistics;

internal sealed class StatisticsQueries : IQueryFields
{
    private const string Counted = "Counted in the database over the cases your agency owns and those whose active consent for RESEARCH_AND_STATISTICS names it (directly, or by its kind and country). Writes no disclosure, since it discloses no case; each question is audited, with its grouping and its filter. Needs `Statistics.Read`.";

    public void AddTo(QueryType query)
    {
        Add(query, "caseStatistics", CountedUnit.Cases, typeof(CaseStatisticsFilterInputGraphType), "Counts of cases (people). " + Counted);
        Add(query, "referralStatistics", CountedUnit.Referrals, typeof(ReferralFilterInputGraphType),
            "Counts of the people referred: the people with at least one referral in each cell, each counted once however often referred, among the cases whose consent also includes ASSISTANCE (a referral tells of the help a person was offered). " + Counted);
    }

    private static void Add(QueryType query, string name, CountedUnit unit, Type filter, string description) =>
        query.Field<NonNullGraphType<StatisticsGraphType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsDimensionGraphType>>>>("groupBy", a =>
            {
                a.Description = $"Up to {Slots.MaxDimensions} dimensions, each once; none gives the total alone.";
                a.DefaultValue = Array.Empty<StatisticsDimension>();
            })
            .Argument(filter, "where", a => a.Description = "The connection's filters (for cases, all but the reference). A filter on a category's field matches only records whose data of that category may be counted; IDENTITY fields are refused. Two questions over populations that differ at all get unrelated adjustments in every cell, so none stands out as the one a chosen person moved.")
            .ResolveAsync(async context =>
            {
                var (actor, groupBy, where) = (Actor.Of(context), context.GetArgument<List<StatisticsDimension>>("groupBy"), context.GetArgument<object?>("where"));
                var counter = context.RequestServices!.GetRequiredService<StatisticsCounter>();
                var table = await counter.CountAsync(context.Db(), actor, unit, groupBy, where, context.CancellationToken);
                context.HubContext().Questions.Add(counter.Question(actor, unit, groupBy, where));
                return table;
            });
}
