using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.Statistics;

namespace Hub.Api.Projects;

internal sealed class ProjectMetricsQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ProjectMetricsGraphType>>("projectMetrics")
            .Description("Counts of projects, with the people they set out to assist, train and reach and have so far, and their budgets as far as you may see them, grouped in the database. " +
                "About projects, not persons: published as they are, and not audited. Needs `Projects.Read` or `Statistics.Read`.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectDimensionGraphType>>>>("groupBy", a =>
            {
                a.Description = $"Up to {Slots.MaxDimensions} dimensions, each once; none gives the total alone.";
                a.DefaultValue = Array.Empty<ProjectDimension>();
            })
            .Argument<ProjectFilterInputGraphType>("where", "The same filters as `projects`: only the projects they match are counted.")
            .ResolveAsync(async context => await ProjectMetricsCounter.CountAsync(context.Db(), context.Scope(),
                context.GetArgument<List<ProjectDimension>>("groupBy"), context.GetArgument<object?>("where"), context.CancellationToken));
}
