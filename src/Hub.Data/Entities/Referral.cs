namespace Hub.Data.Entities;

public sealed class Referral
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid FromAgencyId { get; set; }
    public Guid ToAgencyId { get; set; }
    public ReferralStatus Status { get; set; }
    public DateTime ReferredOn { get; set; }
    public DateTime? RespondedOn { get; set; }
    public DateTime? ClosedOn { get; set; }
    public Guid? ProjectId { get; set; }
    public List<ReferralService> Services { get; set; } = [];
}
