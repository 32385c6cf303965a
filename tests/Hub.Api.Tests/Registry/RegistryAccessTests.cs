using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using static Hub.Api.Tests.Registry.Operator;

namespace Hub.Api.Tests.Registry;

/// <summary>DESIGN rule 14: registry operations need <c>Hub.Admin</c> in the operator's own tenant
/// (<c>Hub:OperatorTenantId</c>), judged on the token, so that nothing the registry says can lock
/// the operator out; an agency's <c>Hub.Admin</c> manages only its own trusted documents. The
/// operator's token reaches the registry and no case or project data.</summary>
public sealed class RegistryAccessTests(WriteHub hub) : IClassFixture<WriteHub>
{
    private const string RegistryQuery = "{ registry(first: 5) { nodes { agency { code } version } } }";

    private readonly Operator _operator = new(hub, hub.CreateClient());

    private HttpClient Client => _operator.Client;

    public static TheoryData<string> Mutations => new() { "registerAgency", "updateAgency", "suspendAgency", "reactivateAgency" };

    // A valid input for each registry mutation, naming an existing agency where one is needed.
    private async Task<(string Query, object Input)> CallAsync(string mutation)
    {
        var entry = await _operator.EntryAsync(WellKnownAgencies.ThailandLegalAid);
        return mutation switch
        {
            "registerAgency" => (Register, new { name = "Refused", code = "REFUSED-1", kind = "NGO", country = "NGA", tenantIds = new[] { Guid.NewGuid().ToString() }, roleCeiling = new[] { HubRoles.CasesRead } }),
            "updateAgency" => (Update, new { id = Id(entry), version = Version(entry), name = "Renamed" }),
            "suspendAgency" => (Suspend, StatusChange(entry, "Refused")),
            _ => (Reactivate, StatusChange(await _operator.EntryAsync(WellKnownAgencies.SuspendedNgo), "Refused")),
        };
    }

    private async Task<GraphQLResponse> RefusedAsync(string mutation, string? token, HttpStatusCode status, string code)
    {
        var (query, input) = await CallAsync(mutation);
        var before = await _operator.StateAsync();

        var response = await Client.PostAsync(query, token, new { input });

        Assert.Equal(status, response.Status);
        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(before, await _operator.StateAsync());
        return response;
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task AnAgencysHubAdmin_IsRefusedEveryRegistryOperation_AndChangesNothing(string mutation)
    {
        var admin = await Client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [.. HubRoles.All]);

        var response = await RefusedAsync(mutation, admin, HttpStatusCode.Forbidden, "OPERATOR_REQUIRED");
        var registry = await Client.PostAsync(RegistryQuery, admin);

        Assert.Contains("manages only its own agency's settings", response.Json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, registry.Status);
        Assert.Equal(["OPERATOR_REQUIRED"], registry.ErrorCodes);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task WithoutAToken_EveryRegistryOperation_IsAuthenticationRequired(string mutation) =>
        await RefusedAsync(mutation, null, HttpStatusCode.Unauthorized, "AUTHENTICATION_REQUIRED");

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task TheOperatorsTenant_WithoutHubAdmin_IsRefused(string mutation)
    {
        var response = await RefusedAsync(mutation, await _operator.TokenAsync(HubRoles.AuditRead, HubRoles.CasesRead), HttpStatusCode.Forbidden, "OPERATOR_REQUIRED");

        Assert.Contains("does not carry 'Hub.Admin'", response.Json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task HubAdmin_OfATenantTheRegistryDoesNotKnow_IsRefused(string mutation) =>
        await RefusedAsync(mutation, await TenantTokenAsync(Client, Guid.NewGuid(), [HubRoles.HubAdmin], app: true), HttpStatusCode.Forbidden, "OPERATOR_REQUIRED");

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task AUserTokenOfTheOperatorsTenant_WithoutTheHubScope_IsRefused(string mutation)
    {
        var token = TestTokens.Mint(hub, new TokenSpec { TenantId = _operator.TenantId, Roles = [HubRoles.HubAdmin], Scope = "User.Read" });

        await RefusedAsync(mutation, token, HttpStatusCode.Forbidden, "INSUFFICIENT_SCOPE");
    }

    [Fact]
    public async Task TheOperator_ReachesTheRegistry_AsAUserOrAnApp()
    {
        foreach (var token in new[] { await _operator.TokenAsync(), await TenantTokenAsync(Client, _operator.TenantId, [HubRoles.HubAdmin], app: true) })
        {
            var response = await Client.PostAsync(RegistryQuery, token);

            Assert.True(response.Status == HttpStatusCode.OK && response.ErrorCodes.Count == 0, response.Body);
            Assert.Equal(5, response.Data!["registry"]!["nodes"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task TheOperator_IsTold_ByMe()
    {
        var me = (await Client.PostAsync(Me, await _operator.TokenAsync(HubRoles.HubAdmin, HubRoles.CasesRead))).Data!["me"]!;

        Assert.Equal("OPERATOR", me["status"]!.GetValue<string>());
        Assert.True(me["isOperator"]!.GetValue<bool>());
        Assert.Null(me["agency"]);
        Assert.Equal(_operator.TenantId.ToString(), me["tenantId"]!.GetValue<string>());
        Assert.Equal([HubRoles.CasesRead, HubRoles.HubAdmin], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Empty(me["effectiveRoles"]!.AsArray());
        Assert.Equal(["Cases.Read:NO_AGENCY", "Hub.Admin:NO_AGENCY"], me["ignoredRoles"]!.AsArray().Select(r => $"{r!["role"]}:{r["reason"]}"));

        var withoutAdmin = (await Client.PostAsync(Me, await _operator.TokenAsync(HubRoles.CasesRead))).Data!["me"]!;
        Assert.Equal("UNKNOWN_TENANT", withoutAdmin["status"]!.GetValue<string>());
        Assert.False(withoutAdmin["isOperator"]!.GetValue<bool>());
        var agency = (await Client.PostAsync(Me, await Client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.HubAdmin]))).Data!["me"]!;
        Assert.Equal("ACTIVE", agency["status"]!.GetValue<string>());
        Assert.False(agency["isOperator"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TheOperator_MayReadTheSchemasShape()
    {
        var response = await Client.PostAsync("{ __schema { mutationType { fields { name } } } }", await _operator.TokenAsync());

        Assert.True(response.Status == HttpStatusCode.OK && response.ErrorCodes.Count == 0, response.Body);
        Assert.Contains(response.Data!["__schema"]!["mutationType"]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "registerAgency");
    }

    [Theory]
    [InlineData("{ cases(purpose: ASSISTANCE, first: 1) { totalCount } }")]
    [InlineData("{ case(id: \"01a23445-4768-7dfd-9e21-672ba50ec853\", purpose: ASSISTANCE) { id } }")]
    [InlineData("{ referrals(purpose: ASSISTANCE, first: 1) { nodes { id } } }")]
    [InlineData("{ projects(first: 1) { nodes { code } } }")]
    [InlineData("{ agencies { code } }")]
    [InlineData("{ trustedDocuments(first: 1) { nodes { documentId } } }")]
    public async Task TheOperator_ReachesNoCaseOrProjectData(string query)
    {
        // Even a token carrying every role: the operator's tenant is no agency's.
        var token = await _operator.TokenAsync([.. HubRoles.All]);

        var response = await Client.PostAsync(query, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["UNKNOWN_TENANT"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task TheOperator_CannotWriteCaseData()
    {
        var response = await Client.PostAsync(Writer.RegisterCase, await _operator.TokenAsync([.. HubRoles.All]), new { input = new { givenName = "Amina" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Contains("UNKNOWN_TENANT", response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task AnAgencysHubAdmin_StillManagesItsOwnTrustedDocuments()
    {
        var admin = await Client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.HubAdmin]);

        var response = await Client.PostAsync(
            "mutation R($input: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $input) { trustedDocument { documentId } errors { code } } }",
            admin, new { input = new { document = "{ me { status } }" } });

        Assert.True(response.Status == HttpStatusCode.OK && response.ErrorCodes.Count == 0, response.Body);
        Assert.Empty(response.Data!["registerTrustedDocument"]!["errors"]!.AsArray());
    }

    [Fact]
    public async Task NoStateOfTheRegistry_LocksTheOperatorOut()
    {
        // The operator's tenant becomes an agency's, whose ceiling leaves out Hub.Admin, and which is then suspended.
        var code = "OPS-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await _operator.RegisterAsync(code, _operator.TenantId, ceiling: [HubRoles.ProjectsRead]);
        var asAgency = await _operator.TokenAsync(HubRoles.ProjectsRead);
        var me = (await Client.PostAsync(Me, await _operator.TokenAsync(HubRoles.HubAdmin, HubRoles.ProjectsRead))).Data!["me"]!;
        var projects = await Client.PostAsync("{ projects(first: 1) { nodes { code } } }", asAgency);
        await _operator.SuspendAsync(code);
        var suspended = (await Client.PostAsync(Me, await _operator.TokenAsync())).Data!["me"]!;
        var registry = await Client.PostAsync(RegistryQuery, await _operator.TokenAsync());
        var refused = await Client.PostAsync(RegistryQuery, asAgency);
        await _operator.ReactivateAsync(code);
        await _operator.UpdateAsync(code, e => new { id = Id(e), version = Version(e), removeTenantIds = new[] { _operator.TenantId.ToString() }, addTenantIds = new[] { Guid.NewGuid().ToString() } });

        // Its tokens act for that agency as any agency's do, within its ceiling ...
        Assert.Equal("ACTIVE", me["status"]!.GetValue<string>());
        Assert.Equal(code, me["agency"]!["code"]!.GetValue<string>());
        Assert.True(me["isOperator"]!.GetValue<bool>());
        Assert.Equal([HubRoles.ProjectsRead], me["effectiveRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["Hub.Admin:BEYOND_CEILING"], me["ignoredRoles"]!.AsArray().Select(r => $"{r!["role"]}:{r["reason"]}"));
        Assert.True(projects.Status == HttpStatusCode.OK, projects.Body);
        // ... and its Hub.Admin still reaches the registry, suspended and beyond the ceiling.
        Assert.Equal("SUSPENDED", suspended["status"]!.GetValue<string>());
        Assert.True(suspended["isOperator"]!.GetValue<bool>());
        Assert.True(registry.Status == HttpStatusCode.OK && registry.ErrorCodes.Count == 0, registry.Body);
        Assert.Equal(["OPERATOR_REQUIRED"], refused.ErrorCodes);
    }
}
