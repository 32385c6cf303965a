namespace Hub.Data.Entities;

/// <summary>A person's consent, recorded by the case owner. The recipient is either one agency or
/// every agency of a kind in a country. Always time-limited.</summary>
public sealed class Consent
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Purpose Purpose { get; set; }
    public Guid? RecipientAgencyId { get; set; }
    public AgencyKind? RecipientKind { get; set; }
    public string? RecipientCountryCode { get; set; }
    public DataCategory Categories { get; set; }
    public DateTime GrantedOn { get; set; }
    public DateTime ExpiresOn { get; set; }
    public DateTime? RevokedOn { get; set; }

    /// <summary>When the owner recorded it in the Hub (<see cref="GrantedOn"/> is when the person
    /// gave it): from then on the case is new to the agencies it names, for incremental sync.</summary>
    public DateTime RecordedOn { get; set; }
    public ConsentEvidence Evidence { get; set; }
    public bool InterpreterUsed { get; set; }

    /// <summary>The optimistic concurrency token (see <see cref="Case.Version"/>).</summary>
    public int Version { get; set; } = 1;

    /// <summary>The Entra object id (user) or client id (app) that recorded it.</summary>
    public required string RecordedBy { get; set; }
}
