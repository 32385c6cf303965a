using System.Security.Claims;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Web;

namespace Hub.Api.Identity;

/// <summary>Turns the validated token of the current request into a <see cref="Caller"/>. The
/// token proves who signed in; the agency registry decides what that tenant may do, so a
/// well-signed token from a tenant the Hub does not know reaches nothing. The two steps are apart
/// so that a request refused on what the token alone says never reaches the database.</summary>
internal sealed class CallerResolver(HubDbContext db, OperatorTenant operatorTenant)
{
    /// <summary>What the token says, without asking the registry: a caller with a well-formed
    /// token is <see cref="CallerStatus.Claimed"/> until <see cref="ConfirmAsync"/>.</summary>
    public Caller FromToken(ClaimsPrincipal user)
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

        if (!Guid.TryParse(tenantId, out _) || string.IsNullOrEmpty(objectId))
        {
            return new Caller(CallerStatus.UnknownTenant, tenantId ?? "", null, false, roles, null);
        }

        if (!isApp && !scopes.Contains(HubRoles.Scope, StringComparer.Ordinal))
        {
            return new Caller(CallerStatus.MissingScope, tenantId, objectId, isApp, roles, null);
        }

        return new Caller(CallerStatus.Claimed, tenantId, objectId, isApp, roles, null) { IsOperator = operatorTenant.Recognises(tenantId, roles) };
    }

    /// <summary>Asks the registry about a claimed caller's tenant: one indexed read, which also
    /// brings the agency's role ceiling. From then on the caller exercises only the roles of its
    /// token within that ceiling, and none when its tenant is no active agency's: a change of the
    /// registry holds from the next request on.</summary>
    public async Task<Caller> ConfirmAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (caller.Status != CallerStatus.Claimed)
        {
            return caller;
        }

        var agency = await AgencyOfTenant(db, Guid.Parse(caller.TenantId!), cancellationToken);

        var status = agency switch
        {
            null => CallerStatus.UnknownTenant,
            { Status: AgencyStatus.Active } => CallerStatus.Active,
            _ => CallerStatus.Suspended,
        };
        var ceiling = status == CallerStatus.Active ? HubRoles.OfCeiling(agency!.RoleCeiling) : new HashSet<string>();
        return caller with { Status = status, Agency = agency, Roles = caller.TokenRoles.Where(ceiling.Contains).ToHashSet(StringComparer.Ordinal) };
    }

    // Every request that passed validation asks this: compiled once, so that EF does not take the
    // query apart again each time.
    private static readonly Func<HubDbContext, Guid, CancellationToken, Task<CallerAgency?>> AgencyOfTenant = EF.CompileAsyncQuery(
        (HubDbContext db, Guid tenant, CancellationToken _) => db.AgencyTenants
            .Where(t => t.TenantId == tenant)
            .Join(db.Agencies, t => t.AgencyId, a => a.Id, (t, a) => new CallerAgency(a.Id, a.Code, a.Kind, a.CountryCode, a.Status, a.TrustedDocumentsOnly, a.RoleCeiling))
            .SingleOrDefault());

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
