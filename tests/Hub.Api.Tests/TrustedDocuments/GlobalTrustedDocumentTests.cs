using System.Net;
using System.Text;
using System.Text.Json;
using Hub.Api.Hosting;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.TrustedDocuments;

/// <summary>A Hub that runs only trusted documents for everyone: a free-form document is refused on
/// the token and the text alone, before any database command.</summary>
public sealed class GlobalTrustedDocumentTests(GlobalTrustedDocumentTests.TrustedOnlyHub hub) : IClassFixture<GlobalTrustedDocumentTests.TrustedOnlyHub>
{
    private readonly HttpClient _client = hub.CreateClient();

    public sealed class TrustedOnlyHub() : ConfiguredHub(("Hub:Limits:TrustedDocumentsOnly", "true"));

    [Fact]
    public async Task FreeFormDocuments_AreRefused_WithoutAnyDatabaseCommand_WhileRegisteredOnesRun()
    {
        var admin = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.HubAdmin, HubRoles.ProjectsRead]);
        var log = hub.Services.GetRequiredService<SqlCommandLog>();
        var before = log.Count;

        var freeForm = await _client.PostAsync("{ projects(first: 1) { totalCount } }", admin);
        var introspection = await _client.PostAsync("{ __schema { queryType { name } } }", admin);
        var commands = log.Count - before;
        var registered = await _client.PostAsync(
            "mutation($d: String!) { registerTrustedDocument(input: { document: $d }) { trustedDocument { documentId } errors { code } } }",
            admin, new { d = "{ projects(first: 1) { totalCount } me { trustedDocumentsOnly } }" });
        var id = registered.Data!["registerTrustedDocument"]!["trustedDocument"]!["documentId"]!.GetValue<string>();
        using var run = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(new { documentId = id }), Encoding.UTF8, "application/json") };
        var byId = await _client.SendAsync(run, admin);

        Assert.Equal(HttpStatusCode.Forbidden, freeForm.Status);
        Assert.Equal(["TRUSTED_DOCUMENT_REQUIRED"], freeForm.ErrorCodes);
        Assert.Equal(["TRUSTED_DOCUMENT_REQUIRED"], introspection.ErrorCodes);
        Assert.Equal(0, commands);
        Assert.Equal(HttpStatusCode.OK, byId.Status);
        Assert.True(byId.Data!["me"]!["trustedDocumentsOnly"]!.GetValue<bool>());
    }
}
