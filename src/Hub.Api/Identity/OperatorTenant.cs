using Hub.Api.Options;
using Hub.Data.Entities;
using Microsoft.Extensions.Options;

namespace Hub.Api.Identity;

/// <summary>The tenant that operates the Hub (<c>Hub:OperatorTenantId</c>) and the one rule of who
/// acts as the operator: a token of that tenant carrying <c>Hub.Admin</c>. It is judged on the token
/// alone, never on the registry, so that no state of the registry can lock the operator out of it.</summary>
internal sealed class OperatorTenant(IOptions<HubOptions> options)
{
    /// <summary>The operator's tenant; null on a Hub without an operator.</summary>
    public Guid? Id => options.Value.OperatorTenant;

    public bool IsOperatorTenant(string? tenantId) => Id is { } id && Guid.TryParse(tenantId, out var tenant) && tenant == id;

    /// <summary>Whether a token of <paramref name="tenantId"/> with these roles is the operator's.</summary>
    public bool Recognises(string? tenantId, IReadOnlySet<string> tokenRoles) => IsOperatorTenant(tenantId) && tokenRoles.Contains(HubRoles.HubAdmin);
}
