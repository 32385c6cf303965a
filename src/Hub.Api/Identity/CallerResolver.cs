using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Identity.Web;

namespace Hub.Api.Identity;

/// <summary>Turns the validated token of the current request into a <see cref="Caller"/>. The
/// token proves who signed in; the agency registry decides what that tenant may do, so a
/// well-signed token from a tenant the Hub does not know reaches nothing. The two steps are apart
/// so that a request refused on what the token alone says never reaches the database.</summary>
internal sealed class CallerResolver(HubDbContext db, OperatorTenant operatorTenant, RememberedAgencies remembered)
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

        var tenant = Guid.Parse(caller.TenantId!);
        var agency = await AgencyOfTenant(db, tenant, cancellationToken);
        remembered.Remember(tenant, agency);
        return Confirmed(caller, agency);
    }

    /// <summary>A claimed caller confirmed by this instance's memory of its active agency's entry
    /// (<see cref="RememberedAgencies"/>), without a registry read; null when there is none. Its
    /// answer stands only once <see cref="StillRegistered{T}"/> or a fresh read proves the entry.</summary>
    public Caller? Recall(Caller caller) =>
        caller.Status == CallerStatus.Claimed && remembered.Find(Guid.Parse(caller.TenantId!)) is { } agency
            ? Confirmed(caller, agency) with { Remembered = true }
            : null;

    /// <summary>A condition, true of every row or of none, that the registry still holds the entry
    /// <paramref name="caller"/> was recalled with: its tenant still names that agency, and every
    /// field of the entry is unchanged (the agency is active, its ceiling, kind, country and
    /// trusted-documents rule as they were). A root page that carries it and returns rows proves
    /// the entry for its request.</summary>
    public static Expression<Func<T, bool>> StillRegistered<T>(HubDbContext db, Caller caller)
    {
        var (tenant, entry) = (Guid.Parse(caller.TenantId!), caller.Agency!);
        var agency = Expression.Parameter(typeof(Agency), "a");
        var unchanged = Expression.Lambda<Func<Agency, bool>>(
            typeof(CallerAgency).GetProperties()
                .Select(field => (Expression)Expression.Equal(Expression.Property(agency, field.Name), Expression.Property(Expression.Constant(entry), field)))
                .Aggregate(Expression.AndAlso),
            agency);
        var entries = db.AgencyTenants.Where(t => t.TenantId == tenant).Join(db.Agencies, t => t.AgencyId, a => a.Id, (_, a) => a).Where(unchanged);
        return _ => entries.Any();
    }

    private static Caller Confirmed(Caller caller, CallerAgency? agency)
    {
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
    // query apart again each time. A compiled query serves one model, and each provider has its own
    // (a process may hold Hubs on two providers, as the tests do): compiled once per model.
    private static readonly ConditionalWeakTable<IModel, Func<HubDbContext, Guid, CancellationToken, Task<CallerAgency?>>> Compiled = new();

    private static Task<CallerAgency?> AgencyOfTenant(HubDbContext db, Guid tenantId, CancellationToken cancellationToken) =>
        Compiled.GetValue(db.Model, _ => EF.CompileAsyncQuery(
            (HubDbContext context, Guid tenant, CancellationToken _) => context.AgencyTenants
                .Where(t => t.TenantId == tenant)
                .Join(context.Agencies, t => t.AgencyId, a => a.Id, (t, a) => new CallerAgency(a.Id, a.Code, a.Kind, a.CountryCode, a.Status, a.TrustedDocumentsOnly, a.RoleCeiling))
                .SingleOrDefault()))(db, tenantId, cancellationToken);

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
