using System.Security.Claims;
using Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Web;

namespace Hub.Api.Identity;

/// <summary>Turns the validated token of the current request into a <see cref="Caller"/>. The
/// token proves who signed in; the agency registry decides what that tenant may do, so a
/// well-signed token from a tenant the Hub does not know reaches nothing.</summary>
internal sealed class CallerResolver(HubDbContext db)
{
    private Caller? _resolved;

    public async Task<Caller> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (_resolved is not null)
        {
            return _resolved;
        }

        _resolved = await ResolveCoreAsync(user, cancellationToken);
        return _resolved;
    }

    private async Task<Caller> ResolveCoreAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Caller.Anonymous;
        }

        var tenantId = user.GetTenantId();
        var objectId = user.GetObjectId();
        var roles = user.FindAll(ClaimTypes.Role).Concat(user.FindAll(ClaimConstants.Roles))
            .Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var scopes = (user.FindFirst(ClaimConstants.Scp) ?? user.FindFirst(ClaimConstants.Scope))?.Value
            .Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var isApp = IsAppToken(user, scopes.Length > 0, objectId);

        if (!Guid.TryParse(tenantId, out var tenant) || string.IsNullOrEmpty(objectId))
        {
            return Caller.Anonymous with { Status = CallerStatus.UnknownTenant, TenantId = tenantId ?? "", Roles = roles };
        }

        if (!isApp && !scopes.Contains(HubRoles.Scope, StringComparer.Ordinal))
        {
            return new Caller(CallerStatus.MissingScope, tenantId, objectId, isApp, roles, null);
        }

        var agency = await db.AgencyTenants
            .Where(t => t.TenantId == tenant)
            .Join(db.Agencies, t => t.AgencyId, a => a.Id, (t, a) => new CallerAgency(a.Id, a.Code, a.Kind, a.CountryCode, a.Status))
            .SingleOrDefaultAsync(cancellationToken);

        var status = agency switch
        {
            null => CallerStatus.UnknownTenant,
            { Status: Data.Entities.AgencyStatus.Active } => CallerStatus.Active,
            _ => CallerStatus.Suspended,
        };
        return new Caller(status, tenantId, objectId, isApp, roles, agency);
    }

    // Entra marks app-only tokens with the optional claim idtyp=app (requested in the app
    // manifest). Without it, an app-only token is one whose subject is the app itself (oid == sub)
    // and which carries no delegated scope.
    private static bool IsAppToken(ClaimsPrincipal user, bool hasScopes, string? objectId)
    {
        var idtyp = user.FindFirst("idtyp")?.Value;
        if (idtyp is not null)
        {
            return idtyp == "app";
        }

        var subject = user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value;
        return !hasScopes && subject is not null && subject == objectId;
    }
}
