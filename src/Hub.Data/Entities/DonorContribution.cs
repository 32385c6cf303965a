namespace Hub.Data.Entities;

/// <summary>Financial: one donor's contribution to a project in one year.</summary>
public sealed class DonorContribution
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public required string Donor { get; set; }
    public int Year { get; set; }
    public long AmountUsd { get; set; }
}
