using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.Statistics;

namespace Hub.Api.CapacityBuilding;

internal sealed class ActivityMetricsQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ActivityMetricsGraphType>>("capacityBuildingMetrics")
            .Description("Counts of capacity-building activities and their participants by sex, grouped in the database. " +
                "About activities, not the persons of cases: published as they are, and not audited. Needs `Projects.Read` or `Statistics.Read`.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityDimensionGraphType>>>>("groupBy", a =>
            {
                a.Description = $"Up to {Slots.MaxDimensions} dimensions, each once; none gives the total alone.";
                a.DefaultValue = Array.Empty<ActivityDimension>();
            })
            .Argument<ActivityFilterInputGraphType>("where", "The same filters as `capacityBuildingActivities`: only the activities they match are counted.")
            .ResolveAsync(async context => await ActivityMetricsCounter.CountAsync(context.Db(), context.Scope(),
                context.GetArgument<List<ActivityDimension>>("groupBy"), context.GetArgument<object?>("where"), context.CancellationToken));
}
