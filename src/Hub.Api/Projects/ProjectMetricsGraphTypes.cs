using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Statistics;
using Hub.Data.Entities;

namespace Hub.Api.Projects;

internal sealed class ProjectDimensionGraphType() : DescribedEnumGraphType<ProjectDimension>("ProjectDimension", "What project metrics can group by.",
    ProjectDimensions.All.ToDictionary(d => d.Name, d => d.Description))
{
    private static readonly ProjectDimensionGraphType Names = new();

    /// <summary>The dimension's name in the schema, e.g. <c>START_YEAR</c>.</summary>
    public static string NameOf(ProjectDimension dimension) => Names.Values.FindByValue(dimension)!.Name;
}

internal sealed class ProjectDimensionValueGraphType : ObjectGraphType<ProjectDimensionValue>
{
    public ProjectDimensionValueGraphType()
    {
        Name = "ProjectDimensionValue";
        Description = "Where a cell of project metrics stands in one dimension.";
        Field<NonNullGraphType<ProjectDimensionGraphType>>("dimension").Description("The dimension.").Resolve(c => c.Source.Dimension);
        Field<StringGraphType>("value").Description("The value as the schema names it: an enum value's name, a country's ISO 3166-1 alpha-3 code, a donor, a year. Null when the projects have none (a project without countries).").Resolve(c => c.Source.Value);
    }
}

internal sealed class ProjectMetricsCellGraphType : ObjectGraphType<ProjectMetricsCell>
{
    private const string Figure = "Summed over the cell's projects, as the agencies reported them.";

    public ProjectMetricsCellGraphType()
    {
        Name = "ProjectMetricsCell";
        Description = "One cell of project metrics: a combination of dimension values, the projects that have it, and their figures.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectDimensionValueGraphType>>>>("dimensions").Description("The cell's value in each dimension, in the order of `groupBy`; empty for the total.").Resolve(c => c.Source.Dimensions);
        Field<NonNullGraphType<IntGraphType>>("value").Description("The cell's count: the number of projects, as `projects`.").Resolve(c => c.Source.Projects);
        Field<NonNullGraphType<BooleanGraphType>>("suppressed").Description("Always false: project metrics are not about persons and suppress nothing. Kept so that the cells of every statistic read alike.").Resolve(_ => false);
        Field<NonNullGraphType<IntGraphType>>("projects").Description("The number of projects.").Resolve(c => c.Source.Projects);
        Field<NonNullGraphType<LongGraphType>>("targetPeopleAssisted").Description("Victims and people at risk the projects set out to assist directly. " + Figure).Resolve(c => c.Source.TargetPeopleAssisted);
        Field<NonNullGraphType<LongGraphType>>("resultPeopleAssisted").Description("Victims and people at risk the projects have assisted directly so far. " + Figure).Resolve(c => c.Source.ResultPeopleAssisted);
        Field<NonNullGraphType<LongGraphType>>("targetPeopleTrained").Description("Officials and practitioners the projects set out to train. " + Figure).Resolve(c => c.Source.TargetPeopleTrained);
        Field<NonNullGraphType<LongGraphType>>("resultPeopleTrained").Description("Officials and practitioners the projects have trained so far. " + Figure).Resolve(c => c.Source.ResultPeopleTrained);
        Field<NonNullGraphType<LongGraphType>>("targetPeopleReached").Description("People the projects set out to reach with awareness work. " + Figure).Resolve(c => c.Source.TargetPeopleReached);
        Field<NonNullGraphType<LongGraphType>>("resultPeopleReached").Description("People the projects have reached with awareness work so far. " + Figure).Resolve(c => c.Source.ResultPeopleReached);
        Field<FloatGraphType>("budgetUsd")
            .Description("Financial: the sum, in whole US dollars, of the budgets of the cell's projects whose financial fields are shown to you (with the role `Projects.ReadFinancials` all of them, otherwise those your agency leads or partners in); `budgetProjects` says how many those are. Null when there are none.")
            .Resolve(c => c.Source.BudgetUsd is { } usd ? (double?)usd : null);
        Field<NonNullGraphType<IntGraphType>>("budgetProjects").Description("How many of the cell's projects `budgetUsd` sums: those whose financial fields are shown to you.").Resolve(c => c.Source.BudgetProjects);
    }
}

internal sealed class ProjectMetricsGraphType : ObjectGraphType<ProjectMetricsTable>
{
    public ProjectMetricsGraphType()
    {
        Name = "ProjectMetrics";
        Description = "Counts of projects with their targets, results and budgets, grouped by up to three dimensions. Needs the role `Projects.Read` or `Statistics.Read`.";
        this.RequireRole(HubRoles.ProjectsRead, HubRoles.StatisticsRead);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectDimensionGraphType>>>>("groupBy").Description("The dimensions, in the order asked.").Resolve(c => c.Source.GroupBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectDimensionGraphType>>>>("countsOncePerValue")
            .Description("The dimensions of `groupBy` in which a project counts once for each of its values (a project in two countries is in two cells): the cells then overlap, and add up to more than the total.")
            .Resolve(c => c.Source.CountsOncePerValue);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectMetricsCellGraphType>>>>("cells").Description("A cell for every combination of values that some project has, in the order of their values (no value last).").Resolve(c => c.Source.Cells);
        Field<NonNullGraphType<ProjectMetricsCellGraphType>>("total").Description("All the projects counted, each once.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ProtectionGraphType>>("protection").Description("How the figures were protected: not at all (method NONE), since they are not about persons.").Resolve(_ => Protection.Unprotected);
    }
}
