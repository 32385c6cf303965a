using Hub.Data.Entities;

namespace Hub.Api.CapacityBuilding;

/// <summary>The columns of one activity a query read; members not selected stay null.</summary>
internal sealed class ActivityRow
{
    public Guid Id { get; init; }
    public Guid? ProjectId { get; init; }
    public string? Key { get; init; }
    public int? Version { get; init; }
    public DateTime? ChangedOn { get; init; }
    public string? CountryCode { get; init; }
    public ActivityKind? Kind { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public string? Topic { get; init; }
    public TargetGroup? TargetGroup { get; init; }
    public int? ParticipantsFemale { get; init; }
    public int? ParticipantsMale { get; init; }
    public int? ParticipantsOther { get; init; }
    public Guid? PartnerAgencyId { get; init; }
    public decimal? KnowledgeGainPoints { get; init; }
    public int? ParticipantsCertified { get; init; }
    public int? ProceduresAdopted { get; init; }
}
