namespace Hub.Api.Projects;

/// <summary>Project metrics as they leave the Hub: the grouping, a cell for every combination of
/// values some project has (in the order of their values), and the total, each project once.</summary>
internal sealed record ProjectMetricsTable(IReadOnlyList<ProjectDimension> GroupBy, IReadOnlyList<ProjectDimension> CountsOncePerValue,
    IReadOnlyList<ProjectMetricsCell> Cells, ProjectMetricsCell Total);

/// <summary>One cell: its value in each dimension, how many projects it holds, their targets and
/// results, and the budget of those whose financials are disclosed to the caller
/// (<see cref="BudgetUsd"/> is null when none are).</summary>
internal sealed record ProjectMetricsCell(IReadOnlyList<ProjectDimensionValue> Dimensions, int Projects,
    long TargetPeopleAssisted, long ResultPeopleAssisted, long TargetPeopleTrained, long ResultPeopleTrained,
    long TargetPeopleReached, long ResultPeopleReached, long? BudgetUsd, int BudgetProjects);

/// <summary>A cell's value in one dimension, as the schema shows it; null when the projects have none.</summary>
internal sealed record ProjectDimensionValue(ProjectDimension Dimension, string? Value);
