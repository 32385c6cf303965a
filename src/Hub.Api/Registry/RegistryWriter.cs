using Hub.Api.Writes;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Registry.RegistryChecks;

namespace Hub.Api.Registry;

/// <summary>The operator's writes of the agency registry. Each is audited for no agency; a code or
/// tenant taken by a racing request is decided by the database's unique keys and answered as the
/// user error a read before the write would have given.</summary>
internal static class RegistryWriter
{
    // The fields of an entry an update may change but never clear.
    private static readonly string[] Kept = ["name", "code", "kind", "country", "roleCeiling"];

    public static async Task<WriteOutcome> RegisterAsync(WriteRequest request)
    {
        var (db, actor) = (request.Db, request.Actor);
        var errors = new InputErrors(db);
        var name = request.Get<string>("name")!;
        var code = request.Get<string>("code")!;
        Name(errors, name);
        Code(errors, code);
        var ceiling = Ceiling(errors, request.List<string>("roleCeiling"));
        var tenants = Tenants(errors, request.List<string>("tenantIds"), "tenantIds");
        if (request.List<string>("tenantIds").Count == 0)
        {
            errors.Add(UserErrorCode.Required, "An agency signs in from at least one Entra tenant.", "tenantIds");
        }

        var country = request.Get<string>("country")!;
        await errors.CountriesAsync([(country, ["country"])], request.CancellationToken);
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        await CodeFreeAsync(db, errors, code, except: null, request.CancellationToken);
        await TakenAsync(db, errors, tenants, "tenantIds", owner: null, request.CancellationToken);
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        var agency = new Agency
        {
            Id = Guid.CreateVersion7(actor.Now),
            Code = code,
            Name = name,
            Kind = request.Get<AgencyKind>("kind"),
            CountryCode = country,
            Status = AgencyStatus.Active,
            RoleCeiling = ceiling!,
            ChangedOn = actor.Now,
        };
        agency.Tenants = [.. tenants.Keys.Select(t => new AgencyTenant { TenantId = t, AgencyId = agency.Id })];
        db.Agencies.Add(agency);
        AuditTrail.Record(db, actor, "registerAgency", nameof(Agency), agency.Id, ["name", "code", "kind", "country", "tenantIds", "roleCeiling"]);
        return await SaveAsync(request, agency.Id, code, tenants, "tenantIds", versionRead: null);
    }

    public static async Task<WriteOutcome> UpdateAsync(WriteRequest request)
    {
        var (db, actor) = (request.Db, request.Actor);
        var errors = new InputErrors(db);
        var id = errors.Id(request.Get<string>("id"), "id");
        foreach (var field in Kept.Where(f => request.Has(f) && request.Input[f] is null))
        {
            errors.Add(UserErrorCode.InvalidValue, "An agency always has it: it can be changed, not cleared.", field);
        }

        var name = request.Get<string>("name");
        var code = request.Get<string>("code");
        Name(errors, name);
        Code(errors, code);
        var ceiling = Ceiling(errors, request.Get<IEnumerable<object?>>("roleCeiling")?.Cast<string>().ToList());
        var adding = Tenants(errors, request.List<string>("addTenantIds"), "addTenantIds");
        var removing = Tenants(errors, request.List<string>("removeTenantIds"), "removeTenantIds");
        var country = request.Get<string>("country");
        await errors.CountriesAsync([(country, ["country"])], request.CancellationToken);
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        var agency = await db.Agencies.Include(a => a.Tenants).SingleOrDefaultAsync(a => a.Id == id, request.CancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        var versionRead = request.Get<int>("version");
        if (agency.Version != versionRead)
        {
            return VersionConflict.Of(nameof(Agency), agency.Version);
        }

        var current = agency.Tenants.Select(t => t.TenantId).ToHashSet();
        foreach (var (tenant, index) in removing)
        {
            if (adding.ContainsKey(tenant))
            {
                errors.Add(UserErrorCode.InvalidValue, "This tenant is also in addTenantIds: add it or remove it, not both.", "removeTenantIds", Index(index));
            }
            else if (!current.Contains(tenant))
            {
                errors.Add(UserErrorCode.InvalidValue, $"Tenant {tenant} is not one of {agency.Code}'s.", "removeTenantIds", Index(index));
            }
        }

        if (!errors.Any && !current.Union(adding.Keys).Except(removing.Keys).Any())
        {
            errors.Add(UserErrorCode.Required, "An agency keeps at least one tenant; to shut it out, suspend it (suspendAgency).", "removeTenantIds");
        }

        await TakenAsync(db, errors, adding, "addTenantIds", owner: agency.Id, request.CancellationToken);
        if (code is not null && code != agency.Code)
        {
            await CodeFreeAsync(db, errors, code, except: agency.Id, request.CancellationToken);
        }

        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        // Values sent as they already are change nothing: no new version, no audit row.
        var changed = new List<string>();
        void Set(string field, string? value, string stored, Action<string> write)
        {
            if (value is not null && value != stored)
            {
                write(value);
                changed.Add(field);
            }
        }

        Set("name", name, agency.Name, v => agency.Name = v);
        Set("code", code, agency.Code, v => agency.Code = v);
        if (request.Get<AgencyKind?>("kind") is { } kind && kind != agency.Kind)
        {
            agency.Kind = kind;
            changed.Add("kind");
        }

        Set("country", country, agency.CountryCode, v => agency.CountryCode = v);
        Set("roleCeiling", ceiling, agency.RoleCeiling, v => agency.RoleCeiling = v);
        var added = adding.Keys.Where(t => !current.Contains(t)).ToList();
        if (added.Count > 0)
        {
            agency.Tenants.AddRange(added.Select(t => new AgencyTenant { TenantId = t, AgencyId = agency.Id }));
            changed.Add("addTenantIds");
        }

        if (removing.Count > 0)
        {
            db.AgencyTenants.RemoveRange(agency.Tenants.Where(t => removing.ContainsKey(t.TenantId)));
            changed.Add("removeTenantIds");
        }

        if (changed.Count == 0)
        {
            return WriteOutcome.Written(agency.Id);
        }

        agency.Version++;
        agency.ChangedOn = actor.Now;
        AuditTrail.Record(db, actor, "updateAgency", nameof(Agency), agency.Id, changed);
        return await SaveAsync(request, agency.Id, code, adding, "addTenantIds", versionRead);
    }

    public static Task<WriteOutcome> SuspendAsync(WriteRequest request) => ChangeStatusAsync(request, AgencyStatus.Suspended, "suspendAgency");

    public static Task<WriteOutcome> ReactivateAsync(WriteRequest request) => ChangeStatusAsync(request, AgencyStatus.Active, "reactivateAgency");

    // The agency's callers meet the new status at their next request: each request reads it afresh.
    private static async Task<WriteOutcome> ChangeStatusAsync(WriteRequest request, AgencyStatus to, string operation)
    {
        var (db, actor) = (request.Db, request.Actor);
        var errors = new InputErrors(db);
        var id = errors.Id(request.Get<string>("id"), "id");
        var reason = request.Get<string>("reason");
        errors.Text<Agency>(reason, nameof(Agency.StatusReason), InputErrors.TextKind.Required, "reason");
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == id, request.CancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        if (agency.Version != request.Get<int>("version"))
        {
            return VersionConflict.Of(nameof(Agency), agency.Version);
        }

        if (agency.Status == to)
        {
            return WriteOutcome.Refused(UserErrorCode.InvalidTransition, $"{agency.Code} is {to.ToString().ToUpperInvariant()} already.", "id");
        }

        agency.Status = to;
        agency.StatusReason = reason;
        agency.Version++;
        agency.ChangedOn = actor.Now;
        AuditTrail.Record(db, actor, operation, nameof(Agency), agency.Id, ["status", "statusReason"]);
        return await SaveAsync(request, agency.Id, code: null, new Dictionary<Guid, int>(), "", request.Get<int>("version"));
    }

    // A unique key that refuses the save was taken by a request that committed meanwhile: the code,
    // or a tenant. The same reads as before the write say which; they now see what it committed.
    private static async Task<WriteOutcome> SaveAsync(WriteRequest request, Guid id, string? code, IReadOnlyDictionary<Guid, int> tenants, string tenantField, int? versionRead)
    {
        var db = request.Db;
        try
        {
            await db.SaveChangesAsync(request.CancellationToken);
            return WriteOutcome.Written(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return VersionConflict.Of(nameof(Agency), version: null);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            var errors = new InputErrors(db);
            var current = versionRead is null ? null
                : await db.Agencies.AsNoTracking().Where(a => a.Id == id).Select(a => (int?)a.Version).SingleOrDefaultAsync(request.CancellationToken);
            if (current is { } version && version != versionRead)
            {
                return VersionConflict.Of(nameof(Agency), version);
            }

            if (code is not null)
            {
                await CodeFreeAsync(db, errors, code, except: versionRead is null ? null : id, request.CancellationToken);
            }

            await TakenAsync(db, errors, tenants, tenantField, owner: versionRead is null ? null : id, request.CancellationToken);
            if (errors.Any)
            {
                return WriteOutcome.Refused(errors.All);
            }

            throw;
        }
    }

    private static WriteOutcome NotFound() => WriteOutcome.Refused(UserErrorCode.NotFound, "No agency in the registry has this id.", "id");
}
