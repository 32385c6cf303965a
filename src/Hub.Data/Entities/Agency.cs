namespace Hub.Data.Entities;

/// <summary>A member of the Hub; the agency registry is the root of trust for every token.</summary>
public sealed class Agency
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public AgencyKind Kind { get; set; }
    public required string CountryCode { get; set; }
    public AgencyStatus Status { get; set; }

    /// <summary>Why the operator last suspended or reactivated the agency; the operator's to read.</summary>
    public string? StatusReason { get; set; }

    /// <summary>The app roles the agency's tokens may exercise, in the order of the Hub's role list,
    /// separated by spaces. A role a token carries beyond it is ignored: the agency's own Entra
    /// administrators assign app roles in their tenant, so the Hub caps them.</summary>
    public required string RoleCeiling { get; set; }

    /// <summary>When the registry entry last changed.</summary>
    public DateTime ChangedOn { get; set; }

    /// <summary>The optimistic concurrency token (see <see cref="Case.Version"/>).</summary>
    public int Version { get; set; } = 1;

    /// <summary>The agency's callers may run only documents it has registered.</summary>
    public bool TrustedDocumentsOnly { get; set; }
    public Country? Country { get; set; }
    public List<AgencyTenant> Tenants { get; set; } = [];
}
