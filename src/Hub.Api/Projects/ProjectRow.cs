namespace Hub.Api.Projects;

/// <summary>The columns of one project a query read; members not selected stay null.</summary>
internal sealed class ProjectRow
{
    public Guid Id { get; init; }
    public string? Code { get; init; }
    public string? Title { get; init; }
    public int? Version { get; init; }
    public DateTime? ChangedOn { get; init; }

    /// <summary>The lead agency, read in the same statement as the project.</summary>
    public Hub.Data.Entities.Agency? LeadAgency { get; init; }
    public string? Donor { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public Hub.Data.Entities.ProjectStatus? Status { get; init; }
    public Hub.Data.Entities.ProjectFocus? Focus { get; init; }
    public int? TargetPeopleAssisted { get; init; }
    public int? TargetPeopleTrained { get; init; }
    public int? TargetPeopleReached { get; init; }
    public int? ResultPeopleAssisted { get; init; }
    public int? ResultPeopleTrained { get; init; }
    public int? ResultPeopleReached { get; init; }
    public bool FinancialsDisclosed { get; init; }
    public long? BudgetUsd { get; init; }
}
