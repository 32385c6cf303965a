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

    /// <summary>The agency's callers may run only documents it has registered.</summary>
    public bool TrustedDocumentsOnly { get; set; }
    public Country? Country { get; set; }
    public List<AgencyTenant> Tenants { get; set; } = [];
}
