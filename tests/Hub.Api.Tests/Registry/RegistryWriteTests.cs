using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Registry.Operator;

namespace Hub.Api.Tests.Registry;

/// <summary>The operator's registry writes (DESIGN §4): <c>registerAgency</c>, <c>updateAgency</c>,
/// <c>suspendAgency</c> and <c>reactivateAgency</c>, each with what it writes and every reason it
/// refuses, at its path into the input. A refused write changes nothing; values sent as they are
/// change nothing either.</summary>
public sealed class RegistryWriteTests(WriteHub hub) : IClassFixture<WriteHub>
{
    private readonly Operator _operator = new(hub, hub.CreateClient());

    private HttpClient Client => _operator.Client;

    private static string NewCode(string prefix = "T") => $"{prefix}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";

    private static Dictionary<string, object?> NewAgency(string? code = null, params string[] tenants) => new()
    {
        ["name"] = "Women's Rights Shelter, Abuja",
        ["code"] = code ?? NewCode(),
        ["kind"] = "NGO",
        ["country"] = "NGA",
        ["tenantIds"] = tenants.Length == 0 ? new[] { Guid.NewGuid().ToString() } : tenants,
        ["roleCeiling"] = new[] { HubRoles.ProjectsRead, HubRoles.CasesRead },
    };

    private async Task<string[]> RefusedAsync(string mutation, string query, object input)
    {
        var before = await _operator.StateAsync();
        var errors = Refused(await _operator.SendAsync(query, input), mutation);
        Assert.Equal(before, await _operator.StateAsync());
        return errors;
    }

    [Fact]
    public async Task RegisterAgency_WritesTheEntry_AndItsTenantsActForItFromTheirNextRequest()
    {
        var tenants = new[] { Guid.NewGuid(), Guid.NewGuid() }.Order().Select(t => t.ToString()).ToArray();
        var input = NewAgency(null, tenants[1], tenants[0]);
        input["roleCeiling"] = new[] { HubRoles.ProjectsRead, HubRoles.CasesRead, HubRoles.ProjectsRead };

        var entry = Written(await _operator.SendAsync(Register, input), "registerAgency");
        var token = await TenantTokenAsync(Client, Guid.Parse(tenants[1]), [HubRoles.ProjectsRead, HubRoles.CasesWrite]);
        var me = (await Client.PostAsync(Me, token)).Data!["me"]!;
        var projects = await Client.PostAsync("{ projects(first: 1) { nodes { code } } }", token);
        var listed = await Client.PostAsync("{ agencies { code status } }", token);

        Assert.Equal(input["code"], entry["agency"]!["code"]!.GetValue<string>());
        Assert.Equal("Women's Rights Shelter, Abuja", entry["agency"]!["name"]!.GetValue<string>());
        Assert.Equal("NGO", entry["agency"]!["kind"]!.GetValue<string>());
        Assert.Equal("NGA", entry["agency"]!["country"]!["code"]!.GetValue<string>());
        Assert.Equal("ACTIVE", entry["status"]!.GetValue<string>());
        Assert.Null(entry["statusReason"]);
        Assert.False(entry["trustedDocumentsOnly"]!.GetValue<bool>());
        Assert.Equal(tenants, entry["tenantIds"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal([HubRoles.CasesRead, HubRoles.ProjectsRead], entry["roleCeiling"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(1, Version(entry));
        Assert.Equal(hub.Now, Writer.Date(entry["changedOn"]));
        Assert.Equal("ACTIVE", me["status"]!.GetValue<string>());
        Assert.Equal(input["code"], me["agency"]!["code"]!.GetValue<string>());
        Assert.Equal([HubRoles.ProjectsRead], me["effectiveRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["Cases.Write:BEYOND_CEILING"], me["ignoredRoles"]!.AsArray().Select(r => $"{r!["role"]}:{r["reason"]}"));
        Assert.True(projects.Status == HttpStatusCode.OK && projects.ErrorCodes.Count == 0, projects.Body);
        Assert.Contains(listed.Data!["agencies"]!.AsArray(), a => a!["code"]!.GetValue<string>() == (string)input["code"]!);
    }

    public static TheoryData<string, object?, string> RegisterFaults => new()
    {
        { "name", "   ", "REQUIRED@name" },
        { "name", "Line one\nline two", "INVALID_VALUE@name" },
        { "name", new string('n', 201), "TOO_LONG@name" },
        { "code", "  ", "REQUIRED@code" },
        { "code", "nga-shelter", "INVALID_VALUE@code" },
        { "code", "NGA--SHELTER", "INVALID_VALUE@code" },
        { "code", "-NGA", "INVALID_VALUE@code" },
        { "code", "NGA SHELTER", "INVALID_VALUE@code" },
        { "code", " NGA", "INVALID_VALUE@code" },
        { "code", "NGA-SHELTER-NETWORK-1", "TOO_LONG@code" },
        { "code", WellKnownAgencies.NigeriaShelter, "DUPLICATE_CODE@code" },
        { "country", "XXX", "UNKNOWN_COUNTRY@country" },
        { "tenantIds", Array.Empty<string>(), "REQUIRED@tenantIds" },
        { "tenantIds", new[] { Guid.NewGuid().ToString(), "not-a-tenant" }, "INVALID_VALUE@tenantIds.1" },
        { "tenantIds", new[] { Guid.NewGuid().ToString(), Guid.Empty.ToString() }, "INVALID_VALUE@tenantIds.1" },
        { "roleCeiling", new[] { HubRoles.CasesRead, HubRoles.ProjectsRead, "Cases.ReadEverything" }, "INVALID_VALUE@roleCeiling.2" },
    };

    [Theory]
    [MemberData(nameof(RegisterFaults))]
    public async Task RegisterAgency_RefusesEachFault_AtItsPath(string field, object? value, string expected)
    {
        var input = NewAgency();
        input[field] = value;

        Assert.Equal([expected], await RefusedAsync("registerAgency", Register, input));
    }

    [Fact]
    public async Task RegisterAgency_RefusesATenantOfAnotherAgency_AtItsIndex()
    {
        var shelterTenant = await hub.TenantOfAsync(WellKnownAgencies.NigeriaShelter);
        var ministryTenant = await hub.TenantOfAsync(WellKnownAgencies.NigeriaMinistry);

        var errors = await RefusedAsync("registerAgency", Register, NewAgency(null, Guid.NewGuid().ToString(), shelterTenant.ToString(), ministryTenant.ToString()));

        Assert.Equal(["TENANT_TAKEN@tenantIds.1", "TENANT_TAKEN@tenantIds.2"], errors);
    }

    [Fact]
    public async Task RegisterAgency_ReportsEveryFaultAtOnce()
    {
        var input = NewAgency("bad code", Guid.NewGuid().ToString(), "x");
        input["country"] = "ZZZ";
        input["roleCeiling"] = new[] { "Root" };

        Assert.Equal(["INVALID_VALUE@code", "INVALID_VALUE@roleCeiling.0", "INVALID_VALUE@tenantIds.1", "UNKNOWN_COUNTRY@country"],
            (await RefusedAsync("registerAgency", Register, input)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UpdateAgency_ChangesOnlyWhatIsSent_AndRaisesTheVersion()
    {
        var code = NewCode();
        var registered = await _operator.RegisterAsync(code);
        var newCode = NewCode("U");

        var updated = Written(await _operator.SendAsync(Update, new
        {
            id = Id(registered),
            version = 1,
            name = "Renamed",
            code = newCode,
            kind = "GOVERNMENT",
            country = "THA",
            roleCeiling = new[] { HubRoles.AuditRead, HubRoles.CasesRead },
        }), "updateAgency");

        Assert.Equal(Id(registered), Id(updated));
        Assert.Equal(newCode, updated["agency"]!["code"]!.GetValue<string>());
        Assert.Equal("Renamed", updated["agency"]!["name"]!.GetValue<string>());
        Assert.Equal("GOVERNMENT", updated["agency"]!["kind"]!.GetValue<string>());
        Assert.Equal("THA", updated["agency"]!["country"]!["code"]!.GetValue<string>());
        Assert.Equal([HubRoles.CasesRead, HubRoles.AuditRead], updated["roleCeiling"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(registered["tenantIds"]!.ToJsonString(), updated["tenantIds"]!.ToJsonString());
        Assert.Equal(2, Version(updated));
    }

    [Fact]
    public async Task UpdateAgency_WithValuesAsTheyAre_WritesNothing()
    {
        var code = NewCode();
        var registered = await _operator.RegisterAsync(code, ceiling: [HubRoles.CasesRead, HubRoles.ProjectsRead]);
        var before = await _operator.StateAsync();

        var same = Written(await _operator.SendAsync(Update, new
        {
            id = Id(registered),
            version = 1,
            name = registered["agency"]!["name"]!.GetValue<string>(),
            code,
            kind = "NGO",
            country = "NGA",
            roleCeiling = new[] { HubRoles.ProjectsRead, HubRoles.CasesRead },
            addTenantIds = registered["tenantIds"]!.AsArray().Select(t => t!.GetValue<string>()).ToArray(),
        }), "updateAgency");

        Assert.Equal(1, Version(same));
        Assert.Equal(before, await _operator.StateAsync());
    }

    public static TheoryData<string, object?, string> UpdateFaults => new()
    {
        { "name", null, "INVALID_VALUE@name" },
        { "code", null, "INVALID_VALUE@code" },
        { "kind", null, "INVALID_VALUE@kind" },
        { "country", null, "INVALID_VALUE@country" },
        { "roleCeiling", null, "INVALID_VALUE@roleCeiling" },
        { "name", "", "REQUIRED@name" },
        { "code", "A_B", "INVALID_VALUE@code" },
        { "code", WellKnownAgencies.NigeriaShelter, "DUPLICATE_CODE@code" },
        { "country", "XXX", "UNKNOWN_COUNTRY@country" },
        { "roleCeiling", Writer.Of("Hub.Admin", "hub.admin"), "INVALID_VALUE@roleCeiling.1" },
        { "addTenantIds", Writer.Of("not-a-guid"), "INVALID_VALUE@addTenantIds.0" },
        { "removeTenantIds", new[] { Guid.NewGuid().ToString() }, "INVALID_VALUE@removeTenantIds.0" },
        { "id", Guid.NewGuid().ToString(), "NOT_FOUND@id" },
        { "id", "not-an-id", "INVALID_VALUE@id" },
        { "version", 7, "VERSION_CONFLICT@version" },
    };

    [Theory]
    [MemberData(nameof(UpdateFaults))]
    public async Task UpdateAgency_RefusesEachFault_AtItsPath(string field, object? value, string expected)
    {
        var registered = await _operator.RegisterAsync(NewCode());
        var input = new Dictionary<string, object?> { ["id"] = Id(registered), ["version"] = 1, [field] = value };

        Assert.Equal([expected], await RefusedAsync("updateAgency", Update, input));
    }

    [Fact]
    public async Task UpdateAgency_RefusesATenantOfAnotherAgency_AddedAndRemovedAtOnce_OrRemovingTheLast()
    {
        var registered = await _operator.RegisterAsync(NewCode());
        var own = registered["tenantIds"]![0]!.GetValue<string>();
        var shelterTenant = (await hub.TenantOfAsync(WellKnownAgencies.NigeriaShelter)).ToString();
        var fresh = Guid.NewGuid().ToString();

        Assert.Equal(["TENANT_TAKEN@addTenantIds.1"],
            await RefusedAsync("updateAgency", Update, new { id = Id(registered), version = 1, addTenantIds = new[] { fresh, shelterTenant } }));
        Assert.Equal(["INVALID_VALUE@removeTenantIds.0"],
            await RefusedAsync("updateAgency", Update, new { id = Id(registered), version = 1, addTenantIds = new[] { fresh }, removeTenantIds = new[] { fresh } }));
        Assert.Equal(["REQUIRED@removeTenantIds"],
            await RefusedAsync("updateAgency", Update, new { id = Id(registered), version = 1, removeTenantIds = new[] { own } }));
    }

    [Fact]
    public async Task SuspendAndReactivate_MoveTheStatus_WithTheirReasons_AndRefuseWhatIsAlreadySo()
    {
        var code = NewCode();
        var registered = await _operator.RegisterAsync(code);

        var suspended = Written(await _operator.SendAsync(Suspend, StatusChange(registered, "Agreement\nunder review")), "suspendAgency");
        var again = await RefusedAsync("suspendAgency", Suspend, StatusChange(suspended, "Twice"));
        var reactivated = Written(await _operator.SendAsync(Reactivate, StatusChange(suspended, "Agreement renewed")), "reactivateAgency");
        var active = await RefusedAsync("reactivateAgency", Reactivate, StatusChange(reactivated, "Twice"));

        Assert.Equal("SUSPENDED", suspended["status"]!.GetValue<string>());
        Assert.Equal("SUSPENDED", suspended["agency"]!["status"]!.GetValue<string>());
        Assert.Equal("Agreement\nunder review", suspended["statusReason"]!.GetValue<string>());
        Assert.Equal(2, Version(suspended));
        Assert.Equal(["INVALID_TRANSITION@id"], again);
        Assert.Equal("ACTIVE", reactivated["status"]!.GetValue<string>());
        Assert.Equal("Agreement renewed", reactivated["statusReason"]!.GetValue<string>());
        Assert.Equal(3, Version(reactivated));
        Assert.Equal(["INVALID_TRANSITION@id"], active);
    }

    public static TheoryData<string, object?, string> StatusFaults => new()
    {
        { "reason", "  ", "REQUIRED@reason" },
        { "reason", new string('r', 501), "TOO_LONG@reason" },
        { "id", Guid.NewGuid().ToString(), "NOT_FOUND@id" },
        { "version", 2, "VERSION_CONFLICT@version" },
    };

    [Theory]
    [MemberData(nameof(StatusFaults))]
    public async Task SuspendAgency_RefusesEachFault_AtItsPath(string field, object? value, string expected)
    {
        var registered = await _operator.RegisterAsync(NewCode());
        var input = new Dictionary<string, object?> { ["id"] = Id(registered), ["version"] = 1, ["reason"] = "Review", [field] = value };

        Assert.Equal([expected], await RefusedAsync("suspendAgency", Suspend, input));
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_ForEveryChange()
    {
        var code = NewCode();
        var registered = await _operator.RegisterAsync(code);
        await _operator.UpdateAsync(code, e => new { id = Id(e), version = Version(e), name = "Changed once" });

        Assert.Equal(["VERSION_CONFLICT@version"], await RefusedAsync("updateAgency", Update, new { id = Id(registered), version = 1, name = "Lost update" }));
        Assert.Equal(["VERSION_CONFLICT@version"], await RefusedAsync("suspendAgency", Suspend, StatusChange(registered, "Stale")));
        var message = (await _operator.SendAsync(Update, new { id = Id(registered), version = 1, name = "Lost update" })).Data!["updateAgency"]!["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("version 2", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRegistry_ListsEveryAgency_SuspendedToo_InPagesByCode()
    {
        var token = await _operator.TokenAsync();
        var all = await hub.WithDbAsync(db => db.Agencies.OrderBy(a => a.Code).Select(a => a.Code).ToListAsync());
        var listed = new List<string>();
        string? after = null;
        do
        {
            var page = (await Client.PostAsync("query Page($after: String) { registry(first: 7, after: $after) { nodes { agency { code } } pageInfo { hasNextPage endCursor } } }", token, new { after }))
                .Data!["registry"]!;
            listed.AddRange(page["nodes"]!.AsArray().Select(n => n!["agency"]!["code"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        var suspended = (await Client.PostAsync("{ registry(status: SUSPENDED, first: 100) { nodes { agency { code } status } } }", token)).Data!["registry"]!["nodes"]!.AsArray();
        var tenant = await hub.TenantOfAsync(WellKnownAgencies.NigeriaMinistry);
        var byTenant = (await Client.PostAsync("query T($t: ID) { registry(tenantId: $t) { nodes { agency { code } } } }", token, new { t = tenant.ToString() })).Data!["registry"]!["nodes"]!.AsArray();

        Assert.Equal(all, listed);
        Assert.Contains(suspended, n => n!["agency"]!["code"]!.GetValue<string>() == WellKnownAgencies.SuspendedNgo);
        Assert.All(suspended, n => Assert.Equal("SUSPENDED", n!["status"]!.GetValue<string>()));
        Assert.Equal([WellKnownAgencies.NigeriaMinistry], byTenant.Select(n => n!["agency"]!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnOperatorsCursor_IsNoAgencysCursor()
    {
        await _operator.RegisterAsync(NewCode());
        var cursor = (await Client.PostAsync("{ auditLog(first: 1) { pageInfo { endCursor } } }", await _operator.TokenAsync())).Data!["auditLog"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var auditor = await Client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.AuditRead]);

        var response = await Client.PostAsync("query Next($after: String) { auditLog(first: 1, after: $after) { nodes { operation } } }", auditor, new { after = cursor });

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }
}
