namespace Hub.Data.Entities;

public sealed class CapacityBuildingActivity
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public Project? Project { get; set; }

    /// <summary>The agency's own key for the activity, unique within its project: what an import
    /// finds the activity by again.</summary>
    public required string Key { get; set; }
    public required string CountryCode { get; set; }
    public ActivityKind Kind { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public required string Topic { get; set; }
    public TargetGroup TargetGroup { get; set; }
    public int ParticipantsFemale { get; set; }
    public int ParticipantsMale { get; set; }
    public int ParticipantsOther { get; set; }

    /// <summary>The institution trained or assisted, when it is a registered agency.</summary>
    public Guid? PartnerAgencyId { get; set; }

    /// <summary>Outcome: mean knowledge gain between pre- and post-test, in percentage points.</summary>
    public decimal? KnowledgeGainPoints { get; set; }

    /// <summary>Outcome: participants who completed and were certified.</summary>
    public int? ParticipantsCertified { get; set; }

    /// <summary>Outcome: procedures or action plans adopted by the institution afterwards.</summary>
    public int? ProceduresAdopted { get; set; }

    /// <summary>When the activity last changed.</summary>
    public DateTime ChangedOn { get; set; }

    /// <summary>The optimistic concurrency token (see <see cref="Case.Version"/>).</summary>
    public int Version { get; set; } = 1;
}
