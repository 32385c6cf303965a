using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Api.Commands;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.TrustedDocuments;

/// <summary>A whole persisted documents manifest (graphql-codegen's client preset writes one)
/// registered at once, all or nothing: by the <c>registerTrustedDocuments</c> mutation and by the
/// <c>documents manifest</c> command.</summary>
public sealed class ManifestTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string RegisterAll = "mutation M($input: RegisterTrustedDocumentsInput!) { registerTrustedDocuments(input: $input) { trustedDocuments { documentId name } errors { code message field } } }";

    private readonly HttpClient _client = hub.CreateClient();

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private Task<int> CountAsync(string agency) =>
        hub.WithDbAsync(db => db.TrustedDocuments.CountAsync(d => db.Agencies.Any(a => a.Id == d.AgencyId && a.Code == agency)));

    [Fact]
    public async Task TheMutation_RegistersEveryDocument_AuditsEach_OrNoneWithThePathOfEachFault()
    {
        var admin = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.HubAdmin]);
        const string a = "query A { countries { code } }";
        const string b = "query B { countries { name } }";
        var before = await CountAsync(WellKnownAgencies.NigeriaMinistry);

        var refused = await _client.PostAsync(RegisterAll, admin, new
        {
            input = new
            {
                documents = new object[]
                {
                    new { document = a, documentId = "sha256:" + Hash(a) },
                    new { document = "query C { projects(first: 1) { nodez { code } } }", documentId = (string?)null },
                    new { document = b, documentId = "sha256:" + Hash(a) },
                },
            },
        });
        var afterRefusal = await CountAsync(WellKnownAgencies.NigeriaMinistry);
        var accepted = await _client.PostAsync(RegisterAll, admin, new { input = new { documents = new[] { new { document = a, name = "a" }, new { document = b, name = "b" } } } });

        var errors = refused.Data!["registerTrustedDocuments"]!["errors"]!.AsArray();
        Assert.Empty(refused.Data!["registerTrustedDocuments"]!["trustedDocuments"]!.AsArray());
        Assert.Equal(["INVALID_DOCUMENT", "DOCUMENT_ID_MISMATCH"], errors.Select(e => e!["code"]!.GetValue<string>()));
        Assert.Equal("[\"documents\",\"1\",\"document\"]", errors[0]!["field"]!.ToJsonString());
        Assert.Equal("[\"documents\",\"2\",\"documentId\"]", errors[1]!["field"]!.ToJsonString());
        Assert.DoesNotContain("Did you mean", errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, afterRefusal);
        Assert.Empty(accepted.Data!["registerTrustedDocuments"]!["errors"]!.AsArray());
        Assert.Equal(["sha256:" + Hash(a), "sha256:" + Hash(b)], accepted.Data!["registerTrustedDocuments"]!["trustedDocuments"]!.AsArray().Select(d => d!["documentId"]!.GetValue<string>()));
        Assert.Equal(before + 2, await CountAsync(WellKnownAgencies.NigeriaMinistry));
        var audited = await hub.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "TrustedDocument.Registered" && (e.EntityId == "sha256:" + Hash(a) || e.EntityId == "sha256:" + Hash(b))).CountAsync());
        Assert.Equal(2, audited);
    }

    [Fact]
    public async Task TheMutation_NeedsHubAdmin()
    {
        var reader = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.ProjectsRead]);

        var response = await _client.PostAsync(RegisterAll, reader, new { input = new { documents = new[] { new { document = "{ countries { code } }" } } } });

        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes.Distinct());
        Assert.Null(response.Json["data"]);
    }

    [Fact]
    public async Task TheCommand_RegistersAManifest_KeysWithOrWithoutThePrefix_AllOrNothing()
    {
        const string a = "query ManifestA { countries { code } }";
        const string b = "query ManifestB { agencies { code } }";
        var good = Path.GetTempFileName();
        var bad = Path.GetTempFileName();
        await File.WriteAllTextAsync(good, JsonSerializer.Serialize(new Dictionary<string, string> { [Hash(a)] = a, ["sha256:" + Hash(b)] = b }));
        await File.WriteAllTextAsync(bad, JsonSerializer.Serialize(new Dictionary<string, string> { [Hash("query Z { countries { code } }")] = "query Z { countries { code } }", [Hash(b)] = a }));
        try
        {
            var before = await CountAsync(WellKnownAgencies.InternationalOrganization);
            var refused = await RunAsync("manifest", "--agency", WellKnownAgencies.InternationalOrganization, "--file", bad);
            var afterRefusal = await CountAsync(WellKnownAgencies.InternationalOrganization);
            var registered = await RunAsync("manifest", "--agency", WellKnownAgencies.InternationalOrganization, "--file", good);
            var notJson = await RunAsync("manifest", "--agency", WellKnownAgencies.InternationalOrganization, "--file", good + ".missing");

            Assert.Equal(1, refused);
            Assert.Equal(before, afterRefusal);
            Assert.Equal(0, registered);
            Assert.Equal(before + 2, await CountAsync(WellKnownAgencies.InternationalOrganization));
            Assert.Equal(2, notJson);
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }

    private Task<int> RunAsync(params string[] args) => HubCommandLine.RunAsync(["documents", .. args], new ServicesHost(hub.Services));
}
