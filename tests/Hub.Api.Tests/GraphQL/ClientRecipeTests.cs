using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.TrustedDocuments;
using Hub.Data;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.GraphQL;

/// <summary>The README's recipes for dashboard developers, run by node with the clients themselves
/// (Apollo Client, urql, graphql-request, graphql-codegen's client preset) against a Hub listening
/// on a real socket. Each test uses an agency of its own, so their documents never meet.</summary>
public sealed class ClientRecipeTests(ClientRecipeTests.ListeningHub hub) : IClassFixture<ClientRecipeTests.ListeningHub>
{
    /// <summary>A Hub on Kestrel, listening from the start (its services cannot be touched before).</summary>
    public sealed class ListeningHub : HubFactory
    {
        public ListeningHub() => Url = NodeScript.Listen(this) + "/graphql";

        public string Url { get; }
    }

    private async Task<Dictionary<string, string>> TokensAsync(string agency)
    {
        var client = hub.CreateClient();
        return new()
        {
            ["HUB_ADMIN_TOKEN"] = await client.DevTokenAsync(agency, [HubRoles.HubAdmin, HubRoles.ProjectsRead]),
            ["HUB_APP_TOKEN"] = await client.DevTokenAsync(agency, [HubRoles.ProjectsRead], app: true),
        };
    }

    private async Task SetOnlyAsync(string agencyCode)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var agency = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Agencies.SingleAsync(a => a.Code == agencyCode);
        await scope.ServiceProvider.GetRequiredService<TrustedDocumentRegistry>().SetTrustedDocumentsOnlyAsync(agency, true, Hub.Api.Writes.Actor.OfCommand(agency, hub.Now), default);
    }

    private async Task<List<JsonNode>> RunAsync(string script, string agency) =>
        (await NodeScript.RunAsync(script, [hub.Url], await TokensAsync(agency)))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();

    private static JsonNode Case(List<JsonNode> lines, string client, string name) =>
        lines.Single(l => (string)l["client"]! == client && (string)l["case"]! == name);

    // What each request of a case carried and how it was answered: "POST hash 200, POST query+hash 200".
    private static string Requests(JsonNode line) =>
        string.Join(", ", line["requests"]!.AsArray().Select(r => $"{r!["method"]} {r["sent"]} {r["status"]}"));

    private static string[] Codes(JsonNode line, string path) =>
        [.. line["data"]![path]!.AsArray().Select(a => (string)a!["code"]!)];

    [Fact]
    public async Task PersistedQueryClients_RunRegisteredDocumentsByHashAlone_AndRetryUnregisteredOnesWithTheirText()
    {
        var lines = await RunAsync("clients.mjs", WellKnownAgencies.NigeriaMinistry);

        var apollo = Case(lines, "apollo", "registered");
        Assert.Equal("POST hash 200", Requests(apollo));
        Assert.Contains(WellKnownAgencies.NigeriaMinistry, Codes(apollo, "agencies"));
        var apolloRetry = Case(lines, "apollo", "unregistered");
        Assert.Equal("POST hash 400, POST query+hash 200", Requests(apolloRetry));
        Assert.Equal(2, apolloRetry["data"]!["projects"]!["nodes"]!.AsArray().Count);

        var urql = Case(lines, "urql", "registered");
        Assert.Equal("GET hash 200", Requests(urql));
        Assert.Contains(WellKnownAgencies.NigeriaMinistry, Codes(urql, "agencies"));
        var urqlRetry = Case(lines, "urql", "unregistered");
        Assert.Equal("GET hash 400, GET query+hash 200", Requests(urqlRetry));
        Assert.Equal(2, urqlRetry["data"]!["projects"]!["nodes"]!.AsArray().Count);

        var request = Case(lines, "graphql-request", "registered");
        Assert.Equal("POST documentId 200", Requests(request));
        Assert.Equal(3, request["data"]!["projects"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task DocumentsOnlyAgency_RunsItsRegisteredDocumentsFromEveryClient_AndRefusesTheRetriedText()
    {
        await SetOnlyAsync(WellKnownAgencies.ThailandLegalAid);

        var lines = await RunAsync("clients.mjs", WellKnownAgencies.ThailandLegalAid);

        Assert.Equal("POST hash 200", Requests(Case(lines, "apollo", "registered")));
        Assert.Equal("GET hash 200", Requests(Case(lines, "urql", "registered")));
        Assert.Equal("POST documentId 200", Requests(Case(lines, "graphql-request", "registered")));
        Assert.Contains(WellKnownAgencies.NigeriaMinistry, Codes(Case(lines, "apollo", "registered"), "agencies"));
        var apollo = Case(lines, "apollo", "unregistered");
        Assert.Equal("POST hash 400, POST query+hash 403", Requests(apollo));
        Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", (string?)apollo["error"]!["code"]);
        var urql = Case(lines, "urql", "unregistered");
        Assert.Equal("GET hash 400, GET query+hash 403", Requests(urql));
        Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", (string?)urql["error"]!["code"]);
    }

    [Fact]
    public async Task CodegenClientPreset_ManifestRegistersWhole_AndItsTypedDocumentsRunByDocumentIdAlone()
    {
        // Documents-only, so that nothing but the registered manifest can answer.
        await SetOnlyAsync(WellKnownAgencies.NigeriaShelter);

        var steps = (await RunAsync("codegen.mjs", WellKnownAgencies.NigeriaShelter)).ToDictionary(l => (string)l["step"]!);

        var manifest = steps["generate"]["manifest"]!.AsArray().Select(id => (string)id!).ToList();
        Assert.Equal(2, manifest.Count);
        Assert.All(manifest, id => Assert.Matches("^sha256:[0-9a-f]{64}$", id));
        Assert.Empty(steps["typecheck"]["diagnostics"]!.AsArray());
        Assert.Empty(steps["register"]["errors"]!.AsArray());
        Assert.Equal(manifest.Order(), steps["register"]["registered"]!.AsArray().Select(id => (string)id!).Order());
        var run = steps["run"];
        Assert.Null(run["agencies"]!["errors"]);
        Assert.Null(run["projects"]!["errors"]);
        Assert.Contains("GOVERNMENT", run["kinds"]!.AsArray().Select(k => (string)k!));
        Assert.True((int)run["total"]! >= 3, run.ToJsonString());
        Assert.Equal(3, run["leads"]!.AsArray().Count);
        Assert.Equal(JsonValueKind.Object, JsonSerializer.Deserialize<JsonElement>(run["projects"]!["data"]!.ToJsonString()).ValueKind);
    }
}
