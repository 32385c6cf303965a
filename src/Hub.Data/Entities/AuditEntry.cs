namespace Hub.Data.Entities;

/// <summary>One write, append-only.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime OccurredAt { get; set; }
    public required string RequestId { get; set; }
    public Guid? AgencyId { get; set; }

    /// <summary>The Entra tenant of the token that made the write.</summary>
    public string? TenantId { get; set; }

    /// <summary>Entra object id of the user, or the app's client id.</summary>
    public required string ActorId { get; set; }
    public bool ActorIsApp { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? BeforeJson { get; set; }
    public string? AfterJson { get; set; }

    /// <summary>The names of the fields the write set, comma-separated; never their values.</summary>
    public string? ChangedFields { get; set; }
}
