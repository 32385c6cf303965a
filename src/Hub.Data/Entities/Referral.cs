namespace Hub.Data.Entities;

public sealed class Referral
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid FromAgencyId { get; set; }
    public Agency? FromAgency { get; set; }
    public Guid ToAgencyId { get; set; }
    public Agency? ToAgency { get; set; }
    public ReferralStatus Status { get; set; }
    public DateTime ReferredOn { get; set; }
    public DateTime? RespondedOn { get; set; }
    public DateTime? ClosedOn { get; set; }
    public Guid? ProjectId { get; set; }
    public Project? Project { get; set; }

    /// <summary>What the case is shared for: an active consent for this purpose names the recipient.</summary>
    public Purpose Purpose { get; set; }

    /// <summary>The sender's note to the recipient; no personal data belongs here.</summary>
    public string? Note { get; set; }

    /// <summary>Why the recipient declined it.</summary>
    public string? DeclineReason { get; set; }

    /// <summary>When the referral last changed: what incremental sync compares.</summary>
    public DateTime ChangedOn { get; set; }

    /// <summary>The optimistic concurrency token (see <see cref="Case.Version"/>).</summary>
    public int Version { get; set; } = 1;
    public List<ReferralService> Services { get; set; } = [];
}
