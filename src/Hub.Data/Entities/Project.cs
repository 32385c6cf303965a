namespace Hub.Data.Entities;

public sealed class Project
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public Guid LeadAgencyId { get; set; }
    public required string Donor { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public ProjectStatus Status { get; set; }
    public ProjectFocus Focus { get; set; }

    public int TargetPeopleAssisted { get; set; }
    public int TargetPeopleTrained { get; set; }
    public int TargetPeopleReached { get; set; }
    public int ResultPeopleAssisted { get; set; }
    public int ResultPeopleTrained { get; set; }
    public int ResultPeopleReached { get; set; }

    /// <summary>Financial: whole US dollars.</summary>
    public long BudgetUsd { get; set; }

    /// <summary>When the project or its countries, partners or contributions last changed.</summary>
    public DateTime ChangedOn { get; set; }

    /// <summary>The optimistic concurrency token (see <see cref="Case.Version"/>).</summary>
    public int Version { get; set; } = 1;

    public Agency? LeadAgency { get; set; }
    public List<ProjectCountry> Countries { get; set; } = [];
    public List<ProjectPartner> Partners { get; set; } = [];
    public List<DonorContribution> Contributions { get; set; } = [];
}
