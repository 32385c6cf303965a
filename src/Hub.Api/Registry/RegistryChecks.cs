using System.Globalization;
using Hub.Api.Writes;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Registry;

/// <summary>The checks of a registry entry's values that need no stored entry, each fault with its
/// path into the input.</summary>
internal static class RegistryChecks
{
    /// <summary>A name: said in words, on one line, within the column.</summary>
    public static void Name(InputErrors errors, string? name)
    {
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            errors.Add(UserErrorCode.Required, "An agency has a name: say it in words.", "name");
            return;
        }

        errors.Text<Agency>(name, nameof(Agency.Name), InputErrors.TextKind.Line, "name");
    }

    /// <summary>A code: said, and shaped as every code others find a record by (<see cref="InputErrors.Code{TEntity}"/>).</summary>
    public static void Code(InputErrors errors, string? code)
    {
        if (code is not null && string.IsNullOrWhiteSpace(code))
        {
            errors.Add(UserErrorCode.Required, "An agency has a code.", "code");
            return;
        }

        errors.Code<Agency>(code, nameof(Agency.Code), "code");
    }

    /// <summary>A role ceiling: names of the Hub's roles, each refused at its index otherwise; null when absent or wrong.</summary>
    public static string? Ceiling(InputErrors errors, IReadOnlyList<string>? roles)
    {
        if (roles is null)
        {
            return null;
        }

        var before = errors.All.Count;
        for (var i = 0; i < roles.Count; i++)
        {
            if (!HubRoles.All.Contains(roles[i], StringComparer.Ordinal))
            {
                errors.Add(UserErrorCode.InvalidValue, $"'{roles[i]}' is not an app role of the Hub; the roles are {string.Join(", ", HubRoles.All)}.", "roleCeiling", Index(i));
            }
        }

        return errors.All.Count == before ? HubRoles.Ceiling(roles) : null;
    }

    /// <summary>Tenant ids of a list of the input: GUIDs other than the empty one, each refused at
    /// its index otherwise. The valid ones, with the index each was first given at.</summary>
    public static Dictionary<Guid, int> Tenants(InputErrors errors, IReadOnlyList<string> values, string field)
    {
        var tenants = new Dictionary<Guid, int>();
        for (var i = 0; i < values.Count; i++)
        {
            if (!Guid.TryParse(values[i], out var tenant) || tenant == Guid.Empty)
            {
                errors.Add(UserErrorCode.InvalidValue, "Not an Entra tenant id: a tenant is named by a GUID, never the empty one.", field, Index(i));
            }
            else
            {
                tenants.TryAdd(tenant, i);
            }
        }

        return tenants;
    }

    /// <summary>Refuses, at its index, each tenant that signs in for an agency other than <paramref name="owner"/>.</summary>
    public static async Task TakenAsync(HubDbContext db, InputErrors errors, IReadOnlyDictionary<Guid, int> tenants, string field, Guid? owner, CancellationToken cancellationToken)
    {
        if (tenants.Count == 0)
        {
            return;
        }

        var ids = tenants.Keys.ToList();
        var others = db.AgencyTenants.AsNoTracking().Where(t => ids.Contains(t.TenantId));
        if (owner is { } agencyId)
        {
            others = others.Where(t => t.AgencyId != agencyId);
        }

        var taken = await others
            .Join(db.Agencies, t => t.AgencyId, a => a.Id, (t, a) => new { t.TenantId, a.Code })
            .ToListAsync(cancellationToken);
        foreach (var tenant in taken.OrderBy(t => tenants[t.TenantId]))
        {
            errors.Add(UserErrorCode.TenantTaken, $"Tenant {tenant.TenantId} signs in for {tenant.Code}: a tenant acts for one agency. Remove it there first (updateAgency, removeTenantIds).", field, Index(tenants[tenant.TenantId]));
        }
    }

    /// <summary>Refuses a code another agency than <paramref name="except"/> has.</summary>
    public static async Task CodeFreeAsync(HubDbContext db, InputErrors errors, string code, Guid? except, CancellationToken cancellationToken)
    {
        var agencies = db.Agencies.Where(a => a.Code == code);
        if (except is { } id)
        {
            agencies = agencies.Where(a => a.Id != id);
        }

        if (await agencies.AnyAsync(cancellationToken))
        {
            errors.Add(UserErrorCode.DuplicateCode, $"Another agency has the code '{code}'.", "code");
        }
    }

    public static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
