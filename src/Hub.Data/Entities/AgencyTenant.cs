namespace Hub.Data.Entities;

/// <summary>An Entra tenant whose users and apps act for an agency. A tenant belongs to one agency.</summary>
public sealed class AgencyTenant
{
    public Guid TenantId { get; set; }
    public Guid AgencyId { get; set; }
}
