namespace Hub.Api.Projects;

/// <summary>One project as its metrics count it (once per country when grouped by country): the
/// values of the dimensions asked for in their slots, its figures, and its budget where its
/// financials are disclosed to the caller.</summary>
internal sealed class CountedProject
{
    public string? Text0 { get; set; }
    public string? Text1 { get; set; }
    public string? Text2 { get; set; }
    public int? Number0 { get; set; }
    public int? Number1 { get; set; }
    public int? Number2 { get; set; }
    public long TargetPeopleAssisted { get; set; }
    public long ResultPeopleAssisted { get; set; }
    public long TargetPeopleTrained { get; set; }
    public long ResultPeopleTrained { get; set; }
    public long TargetPeopleReached { get; set; }
    public long ResultPeopleReached { get; set; }

    /// <summary>Null where the caller may not see the project's financials (rule 10).</summary>
    public long? BudgetUsd { get; set; }

    /// <summary>1 where the caller may see the project's financials, else 0.</summary>
    public int BudgetDisclosed { get; set; }
}

/// <summary>A cell of project metrics as the database sums it; <see cref="IsTotal"/> marks the row of all projects.</summary>
internal sealed class ProjectSums
{
    public bool IsTotal { get; set; }
    public string? Text0 { get; set; }
    public string? Text1 { get; set; }
    public string? Text2 { get; set; }
    public int? Number0 { get; set; }
    public int? Number1 { get; set; }
    public int? Number2 { get; set; }
    public int Projects { get; set; }
    public long TargetPeopleAssisted { get; set; }
    public long ResultPeopleAssisted { get; set; }
    public long TargetPeopleTrained { get; set; }
    public long ResultPeopleTrained { get; set; }
    public long TargetPeopleReached { get; set; }
    public long ResultPeopleReached { get; set; }
    public long? BudgetUsd { get; set; }
    public int BudgetProjects { get; set; }
}
