using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.Api.Options;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Api.Tests.Playground;

public sealed class PlaygroundPageTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private readonly HttpClient _client = hub.CreateClient();

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/playground")]
    public async Task Browsers_GetThePlayground_WithAPolicyThatAllowsNoOtherOrigin(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");

        var response = await _client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("base-uri 'none'", policy);
        Assert.DoesNotContain(policy, d => d.Contains("unsafe-eval", StringComparison.Ordinal) || d.Contains('*', StringComparison.Ordinal));
        Assert.DoesNotContain(policy, d => d.StartsWith("script-src", StringComparison.Ordinal) && d.Contains("unsafe-inline", StringComparison.Ordinal));
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.Contains("<title>The Hub · GraphQL playground</title>", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"graphiql\">", html, StringComparison.Ordinal);
        Assert.Contains("<select id=\"hub-purpose\"", html, StringComparison.Ordinal);
        Assert.Equal(
            ["/playground/vendor/react.production.min.js", "/playground/vendor/react-dom.production.min.js", "/playground/vendor/graphiql.umd.js", "/playground/playground.js"],
            Regex.Matches(html, "<script src=\"([^\"]+)\"></script>").Select(m => m.Groups[1].Value));
        Assert.Equal(
            ["/playground/vendor/graphiql.css", "/playground/playground.css"],
            Regex.Matches(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\">").Select(m => m.Groups[1].Value));
        Assert.DoesNotMatch("<script>|<script [^>]*>[^<]", html);
    }

    [Theory]
    [InlineData("/playground/vendor/graphiql.umd.js", "text/javascript", "GraphiQL")]
    [InlineData("/playground/vendor/graphiql.css", "text/css", ".graphiql-container")]
    [InlineData("/playground/vendor/react.production.min.js", "text/javascript", "react.production.min.js")]
    [InlineData("/playground/vendor/react-dom.production.min.js", "text/javascript", "react-dom.production.min.js")]
    [InlineData("/playground/playground.js", "text/javascript", "fetch('/playground/config.json')")]
    public async Task ThePlaygroundsFiles_AreServedByTheHub(string path, string mediaType, string marker)
    {
        var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(marker, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InDevelopment_ThePlaygroundOffersPersonasAndExamples()
    {
        var config = JsonNode.Parse(await _client.GetStringAsync("/playground/config.json"))!;

        Assert.True(config["development"]!.GetValue<bool>());
        Assert.Equal(["development", "purposes", "personas", "roleSets", "examples"], config.AsObject().Select(p => p.Key));
        Assert.Equal(["ASSISTANCE", "RETURN_AND_REINTEGRATION", "LEGAL_PROCEEDINGS", "RESEARCH_AND_STATISTICS"], config["purposes"]!.AsArray().Select(p => p!["value"]!.GetValue<string>()));
        Assert.All(config["purposes"]!.AsArray(), p => Assert.False(string.IsNullOrWhiteSpace(p!["label"]!.GetValue<string>())));

        // Every persona but the unknown tenant and the operator is an agency of the registry, which mints its token.
        var personas = config["personas"]!.AsArray();
        Assert.Equal(["Unknown tenant", "Hub operator (operator tenant)"], personas.Where(p => p!["agency"] is null).Select(p => p!["label"]!.GetValue<string>()));
        var unknown = personas.Single(p => p!["label"]!.GetValue<string>() == "Unknown tenant")!;
        Assert.True(Guid.TryParse(unknown["tenant"]!.GetValue<string>(), out _));
        var theOperator = personas.Single(p => p!["label"]!.GetValue<string>() == "Hub operator (operator tenant)")!;
        Assert.Equal(hub.Services.GetRequiredService<IOptions<HubOptions>>().Value.OperatorTenant.ToString(), theOperator["tenant"]!.GetValue<string>());
        foreach (var persona in personas.Where(p => p!["agency"] is not null))
        {
            var agency = persona!["agency"]!.GetValue<string>();
            Assert.Contains($"({agency})", persona["label"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(await _client.DevTokenAsync(agency, [HubRoles.ProjectsRead])));
        }

        var roleSets = config["roleSets"]!.AsArray();
        Assert.Contains(roleSets, r => r!["label"]!.GetValue<string>() == "No roles" && r["roles"]!.AsArray().Count == 0);
        Assert.Equal(HubRoles.All.Order(StringComparer.Ordinal), roleSets.Single(r => r!["label"]!.GetValue<string>() == "Every role")!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(roleSets.SelectMany(r => r!["roles"]!.AsArray()), role => Assert.Contains(role!.GetValue<string>(), HubRoles.All));

        var examples = config["examples"]!.AsArray();
        Assert.Equal(
            ["Ministry: referrals", "NGO: projects and activities in its country", "Owner: who saw my case", "Withheld fields",
             "Shelter: register a case", "Shelter: record consent", "Shelter: refer a case", "Recipient: accept a referral", "Lead: create a project and record a training",
             "Operator: the agency registry", "Operator: suspend and reactivate"],
            examples.Select(e => e!["title"]!.GetValue<string>()));
        Assert.All(examples, e => Assert.Matches(@"^(# .+\n)+(query|mutation|\{)", e!["query"]!.GetValue<string>()));

        // The roles a write tab names are in the role set it names.
        var caseWorker = roleSets.Single(r => r!["label"]!.GetValue<string>() == "Case worker")!["roles"]!.AsArray().Select(r => r!.GetValue<string>());
        Assert.Superset(new HashSet<string> { HubRoles.CasesRead, HubRoles.CasesWrite, HubRoles.ConsentManage }, caseWorker.ToHashSet());
    }
}
