using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using static Hub.Api.Tests.Registry.Operator;

namespace Hub.Api.Tests.Registry;

/// <summary>DESIGN rule 14: the registry keeps each agency's role ceiling, and a role a token carries
/// beyond it is ignored, from the agency's next request on: every rule is judged on the roles
/// within the ceiling (the token alone is judged first, which costs no database command), and
/// <c>me</c> lists the token's roles, those exercised, and the ignored ones with the reason.</summary>
public sealed class RoleCeilingTests(WriteHub hub) : IClassFixture<WriteHub>
{
    private const string ReadCase = "query Read($id: ID!) { case(id: $id, purpose: ASSISTANCE) { givenName sex withheld { field category reason } } }";

    private static readonly string[] CaseWorker = [HubRoles.CasesRead, HubRoles.CasesReadIdentity, HubRoles.CasesWrite, HubRoles.ProjectsRead];

    private readonly Operator _operator = new(hub, hub.CreateClient());

    private HttpClient Client => _operator.Client;

    // A new agency with every role in its ceiling, and a case worker's token of it.
    private async Task<(string Code, string Token)> AgencyAsync(params string[] roles)
    {
        var code = "C-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var tenant = Guid.NewGuid();
        await _operator.RegisterAsync(code, tenant);
        return (code, await TenantTokenAsync(Client, tenant, roles.Length == 0 ? CaseWorker : roles));
    }

    private Task<JsonNode> CeilingAsync(string code, params string[] roles) =>
        _operator.UpdateAsync(code, e => new { id = Id(e), version = Version(e), roleCeiling = roles });

    private static string[] Without(params string[] roles) => [.. HubRoles.All.Except(roles)];

    [Fact]
    public async Task LoweringTheCeiling_WithholdsIdentity_FromTheNextRequest_AndRaisingItRestores()
    {
        var (code, token) = await AgencyAsync();
        var caseId = await Client.RegisterAsync(token, new() { ["givenName"] = "Amina", ["sex"] = "FEMALE" });
        var before = (await Client.PostAsync(ReadCase, token, new { id = caseId })).Data!["case"]!;

        await CeilingAsync(code, Without(HubRoles.CasesReadIdentity));
        var lowered = await Client.PostAsync(ReadCase, token, new { id = caseId });
        var me = (await Client.PostAsync(Me, token)).Data!["me"]!;
        await CeilingAsync(code, [.. HubRoles.All]);
        var restored = (await Client.PostAsync(ReadCase, token, new { id = caseId })).Data!["case"]!;

        Assert.Equal("Amina", before["givenName"]!.GetValue<string>());
        Assert.True(lowered.Status == HttpStatusCode.OK && lowered.ErrorCodes.Count == 0, lowered.Body);
        Assert.Null(lowered.Data!["case"]!["givenName"]);
        Assert.Equal("FEMALE", lowered.Data!["case"]!["sex"]!.GetValue<string>());
        Assert.Equal([("givenName", "IDENTITY", "MISSING_ROLE")], lowered.Data!["case"]!.Withheld());
        Assert.Equal([.. CaseWorker.Order(StringComparer.Ordinal)], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal([HubRoles.CasesRead, HubRoles.CasesWrite, HubRoles.ProjectsRead], me["effectiveRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["Cases.ReadIdentity:BEYOND_CEILING"], me["ignoredRoles"]!.AsArray().Select(r => $"{r!["role"]}:{r["reason"]}"));
        Assert.Equal("Amina", restored["givenName"]!.GetValue<string>());
        Assert.Empty(restored["withheld"]!.AsArray());
    }

    [Fact]
    public async Task AFieldNeedingARoleBeyondTheCeiling_IsMissingRole_AndSaysWhy()
    {
        var (code, token) = await AgencyAsync();
        await CeilingAsync(code, HubRoles.ProjectsRead);
        var before = await _operator.StateAsync();

        var cases = await Client.PostAsync("{ cases(purpose: ASSISTANCE, first: 1) { nodes { id } } }", token);
        var write = await Client.PostAsync(Writer.RegisterCase, token, new { input = new { givenName = "Amina" } });
        var projects = await Client.PostAsync("{ projects(first: 1) { nodes { code } } }", token);

        Assert.Equal(HttpStatusCode.Forbidden, cases.Status);
        Assert.Equal(["MISSING_ROLE"], cases.ErrorCodes);
        Assert.Null(cases.Data);
        Assert.Contains("beyond your agency's role ceiling", cases.Json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        // Two requirements beyond the ceiling: Cases.Write for the mutation, a case role for the case it answers.
        Assert.Equal(["MISSING_ROLE", "MISSING_ROLE"], write.ErrorCodes);
        Assert.Equal(before, await _operator.StateAsync());
        Assert.True(projects.Status == HttpStatusCode.OK && projects.ErrorCodes.Count == 0, projects.Body);
    }

    [Fact]
    public async Task TheCeiling_HoldsForAWriteSentWithAnIdempotencyKey()
    {
        // A key has the registry asked before validation: the token's roles are judged within the ceiling at once.
        var (code, token) = await AgencyAsync();
        await CeilingAsync(code, HubRoles.CasesRead, HubRoles.ProjectsRead);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Writer.RegisterCase, variables = new { input = new { givenName = "Amina" } } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", "ceiling-" + Guid.NewGuid());
        var before = await _operator.StateAsync();

        var response = await Client.SendAsync(request, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
        Assert.Contains("beyond your agency's role ceiling", response.Json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await _operator.StateAsync());
    }

    [Fact]
    public async Task FinancialFields_FollowTheCeiling()
    {
        var (code, token) = await AgencyAsync(HubRoles.ProjectsRead, HubRoles.ProjectsReadFinancials);
        const string Budgets = "{ projects(first: 3) { nodes { financialsDisclosed budgetUsd } } }";
        var before = (await Client.PostAsync(Budgets, token)).Data!["projects"]!["nodes"]!.AsArray();

        await CeilingAsync(code, Without(HubRoles.ProjectsReadFinancials));
        var after = (await Client.PostAsync(Budgets, token)).Data!["projects"]!["nodes"]!.AsArray();

        Assert.All(before, p => Assert.True(p!["financialsDisclosed"]!.GetValue<bool>()));
        Assert.All(before, p => Assert.NotNull(p!["budgetUsd"]));
        Assert.All(after, p => Assert.False(p!["financialsDisclosed"]!.GetValue<bool>()));
        Assert.All(after, p => Assert.Null(p!["budgetUsd"]));
    }

    [Fact]
    public async Task AnAgencysHubAdminBeyondTheCeiling_ManagesNoTrustedDocuments()
    {
        var (code, token) = await AgencyAsync(HubRoles.HubAdmin);
        await CeilingAsync(code, Without(HubRoles.HubAdmin));

        var response = await Client.PostAsync("{ trustedDocuments(first: 1) { nodes { documentId } } }", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
    }

    [Fact]
    public async Task ARoleTheHubDoesNotKnow_IsIgnored_AndMeSaysSo()
    {
        var tenant = Guid.NewGuid();
        await _operator.RegisterAsync("X-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), tenant);
        var token = TestTokens.Mint(hub, new TokenSpec { TenantId = tenant, Roles = [HubRoles.ProjectsRead, "Cases.ReadEverything"] });

        var me = (await Client.PostAsync(Me, token)).Data!["me"]!;

        Assert.Equal([HubRoles.ProjectsRead], me["effectiveRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["Cases.ReadEverything:NOT_A_HUB_ROLE"], me["ignoredRoles"]!.AsArray().Select(r => $"{r!["role"]}:{r["reason"]}"));
    }

    [Fact]
    public async Task A_retry_refused_by_a_lowered_ceiling_answers_the_refusal_and_says_no_replay()
    {
        var (code, token) = await AgencyAsync();
        const string Register = "mutation { registerCase(input: { sex: FEMALE }) { errors { code } case(purpose: ASSISTANCE) { id } } }";
        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(new { query = Register }), Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Idempotency-Key", "ceiling-retry");
            return await Client.SendAsync(request);
        }

        using var first = await SendAsync();
        await CeilingAsync(code, Without(HubRoles.CasesWrite));
        using var refused = await SendAsync();
        await CeilingAsync(code, HubRoles.All.ToArray());
        using var replayed = await SendAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal("true", Assert.Single(replayed.Headers.GetValues("Idempotent-Replayed")));
    }
}
