using Hub.Data.Entities;

namespace Hub.Api.Referrals;

/// <summary>The columns of one referral a query read.</summary>
internal sealed class ReferralRow
{
    public Guid Id { get; init; }
    public Guid CaseId { get; init; }

    /// <summary>The two parties, read in the same statement as the referral.</summary>
    public Agency? FromAgency { get; init; }
    public Agency? ToAgency { get; init; }

    public ReferralStatus? Status { get; init; }
    public DateTime ReferredOn { get; init; }
    public DateTime? RespondedOn { get; init; }
    public DateTime? ClosedOn { get; init; }

    /// <summary>The project that funds it, read in the same statement as the referral.</summary>
    public Hub.Api.Projects.ProjectRow? Project { get; init; }
    public Purpose? ReferredFor { get; init; }
    public string? Note { get; init; }
    public string? DeclineReason { get; init; }
    public DateTime? ChangedOn { get; init; }
    public int? Version { get; init; }

    /// <summary>The purpose the referral was read for; its case is read under the same one.</summary>
    public Purpose Purpose { get; set; }

    /// <summary>The fields the client selected on this referral.</summary>
    public IReadOnlySet<string> Selected { get; set; } = new HashSet<string>();
}
