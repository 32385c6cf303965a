using System.Net;
using Hub.Api.Hosting;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.GraphQL;

/// <summary>Abusive documents are refused before they run, each with its own code; the lexical
/// limits are checked before the token is even looked up, so the database is not asked at all.</summary>
public sealed class LimitsTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = hub.CreateClient();
    private string _token = "";

    public async Task InitializeAsync() => _token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.ProjectsRead]);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> Lexical => new()
    {
        { "{ countries { code } }" + new string(' ', 15_000), "DOCUMENT_TOO_LARGE" },
        { "{ " + string.Join(' ', Enumerable.Repeat("__typename", 1_001)) + " }", "TOO_MANY_TOKENS" },
        { "{ " + string.Join(' ', Enumerable.Range(0, 16).Select(i => $"a{i}: __typename")) + " }", "TOO_MANY_ALIASES" },
        { "{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", 51)) + "}", "TOO_MANY_DIRECTIVES" },
        { string.Concat(Enumerable.Repeat("{ a ", 100)) + string.Concat(Enumerable.Repeat("}", 100)), "DOCUMENT_TOO_DEEP" },
        { string.Concat(Enumerable.Repeat("{", 10_000)), "TOO_MANY_TOKENS" },
        { $"query {new string('Q', Disclosure.MaxOperationNameLength + 1)} {{ countries {{ code }} }}", "INVALID_REQUEST" },
    };

    // The disclosure log records the operation's name: the longest name allowed reads cases and is
    // logged whole, on every provider.
    [Fact]
    public async Task AnOperationNameAsLongAsTheLogHolds_ReadsCases_AndIsLoggedWhole()
    {
        var name = new string('Q', Disclosure.MaxOperationNameLength);

        var response = await _client.PostAsync($"query {name} {{ cases(purpose: ASSISTANCE, first: 1) {{ nodes {{ reference }} }} }}", _token);

        Assert.Empty(response.ErrorCodes);
        Assert.Single(response.Data!["cases"]!["nodes"]!.AsArray());
        Assert.Equal(1, await hub.WithDbAsync(db => db.Disclosures.CountAsync(d => d.OperationName == name)));
    }

    [Theory]
    [MemberData(nameof(Lexical))]
    public async Task LexicalLimits_RefuseWith400_WithoutAnyDatabaseCommand(string document, string code)
    {
        var log = hub.Services.GetRequiredService<SqlCommandLog>();
        var before = log.Count;

        var response = await _client.PostAsync(document, _token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(before, log.Count);
    }

    [Fact]
    public async Task TooDeepASelection_IsRefused_ButTheDeepestRealQueryRuns()
    {
        const string deepest = """
            { referrals(purpose: ASSISTANCE, first: 2) { edges { node { case { referrals(first: 2) { edges { node { project { leadAgency { country { code } } } } } } } } } } }
            """;
        const string tooDeep = """
            { referrals(purpose: ASSISTANCE, first: 2) { edges { node { case { referrals(first: 2) { edges { node { case { referrals(first: 1) { edges { node { project { leadAgency { country { code } } } } } } } } } } } } } } }
            """;

        var ok = await _client.PostAsync(deepest, _token);
        var refused = await _client.PostAsync(tooDeep, _token);

        Assert.Empty(ok.ErrorCodes);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(["SELECTION_TOO_DEEP"], refused.ErrorCodes);
    }

    [Fact]
    public async Task ListFields_MultiplyTheirCostByFirst()
    {
        var cheap = await _client.PostAsync("{ projects(first: 10) { nodes { activities(first: 10) { nodes { topic } } } } }", _token);
        var costly = await _client.PostAsync("{ projects(first: 100) { nodes { partnerAgencies { code } countries { code } activities(first: 100) { nodes { topic project { code partnerAgencies { code } } } } } } }", _token);

        Assert.Empty(cheap.ErrorCodes);
        Assert.Equal(["TOO_COSTLY"], costly.ErrorCodes);
    }

    [Fact]
    public async Task LimitRefusals_Are400_EvenForPlainJsonClients()
    {
        var costly = await _client.PostAsync("{ projects(first: 100) { nodes { activities(first: 100) { nodes { topic project { code partnerAgencies { code } countries { code } } } } } } }", _token, accept: "application/json");
        var paging = await _client.PostAsync("{ projects(first: 500) { totalCount } }", _token, accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, costly.Status);
        Assert.Equal(["TOO_COSTLY"], costly.ErrorCodes);
        Assert.Equal(HttpStatusCode.BadRequest, paging.Status);
        Assert.Equal(["INVALID_PAGING"], paging.ErrorCodes);
    }

    [Fact]
    public async Task Introspection_IsForMembersOnly()
    {
        const string query = "{ __schema { queryType { name } } }";

        var member = await _client.PostAsync(query, _token);
        var anonymous = await _client.PostAsync(query);
        var suspended = await _client.PostAsync(query, await _client.DevTokenAsync(WellKnownAgencies.SuspendedNgo, [HubRoles.CasesRead]));
        var typename = await _client.PostAsync("{ __typename }");

        Assert.Equal("Query", member.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        Assert.Equal(["AUTHENTICATION_REQUIRED"], anonymous.ErrorCodes);
        Assert.Equal(["AGENCY_SUSPENDED"], suspended.ErrorCodes);
        Assert.Equal("Query", typename.Data!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Errors_SuggestNoFieldNames_AndCarryATraceId()
    {
        var response = await _client.PostAsync("{ countrys { code } }", _token);

        Assert.DoesNotContain("Did you mean", response.Body, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(response.Json["errors"]![0]!["extensions"]!["traceId"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Introspection_CanBeSwitchedOff()
    {
        await using var closed = new ConfiguredHub(("Hub:Limits:IntrospectionEnabled", "false"));
        using var client = closed.CreateClient();
        var token = await client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead]);

        var response = await client.PostAsync("{ __type(name: \"Case\") { name } }", token);

        Assert.Equal(["INTROSPECTION_DISABLED"], response.ErrorCodes);
    }

    [Fact]
    public async Task RateLimit_Answers429WithRetryAfter_PerAgency()
    {
        await using var limited = new ConfiguredHub(("Hub:Limits:RequestsPerMinute", "3"), ("Hub:Limits:RequestsPerMinutePerCaller", "3"));
        using var client = limited.CreateClient();
        var shelter = await client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.ProjectsRead]);
        var ministry = await client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.ProjectsRead]);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsync("{ __typename }", shelter)).Status);
        }

        var refused = await client.PostAsync("{ __typename }", shelter);
        var other = await client.PostAsync("{ __typename }", ministry);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(["RATE_LIMITED"], refused.ErrorCodes);
        Assert.NotNull(refused.Message.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Theory]
    [InlineData("https://dashboard.example.org", true)]
    [InlineData("https://evil.example.com", false)]
    public async Task Cors_AdmitsOnlyConfiguredOrigins(string origin, bool admitted)
    {
        await using var cors = new ConfiguredHub(("Hub:Limits:AllowedOrigins:0", "https://dashboard.example.org"));
        using var client = cors.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        var response = await client.SendAsync(preflight);

        Assert.Equal(admitted, response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
