using System.Net;
using System.Security.Cryptography;
using System.Text;
using Hub.Api.Hosting;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.TrustedDocuments;
using Hub.Data;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Api.Tests.TrustedDocuments.TrustedDocumentCalls;

namespace Hub.Api.Tests.TrustedDocuments;

/// <summary>Trusted documents per the GraphQL-over-HTTP persisted documents appendix: registered by
/// an agency's administrators, run by <c>documentId</c> by GET or POST, and, where an agency or the
/// whole Hub says so, the only documents that run.</summary>
public sealed class TrustedDocumentTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private const string Countries = "query Countries($country: String) { countries { code region } agencies(country: $country) { code } }";

    private readonly HttpClient _client = hub.CreateClient();
    private string _admin = "";
    private string _app = "";

    private SqlCommandLog Log => hub.Services.GetRequiredService<SqlCommandLog>();

    public async Task InitializeAsync()
    {
        _admin = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.HubAdmin, HubRoles.ProjectsRead, HubRoles.CasesRead]);
        _app = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.ProjectsRead, HubRoles.CasesRead], app: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    // Computed here from the appendix, not by the Hub's code.
    private static string Sha256Id(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task<GraphQLResponse> RegisterAsync(string document, string? name = null, string? documentId = null, string? token = null) =>
        await _client.PostAsync(Register, token ?? _admin, new { input = new { document, name, documentId } });

    private Task<GraphQLResponse> RunAsync(string documentId, string token, object? variables = null) => _client.RunDocumentAsync(documentId, token, variables);

    private async Task SetOnlyAsync(string agencyCode, bool only)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var agency = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Agencies.SingleAsync(a => a.Code == agencyCode);
        await scope.ServiceProvider.GetRequiredService<TrustedDocumentRegistry>().SetTrustedDocumentsOnlyAsync(agency, only, Hub.Api.Writes.Actor.OfCommand(agency, hub.Now), default);
    }

    [Fact]
    public async Task RegisteredDocument_RunsByItsIdentifier_OverPostAndGet_AsTheTextWould()
    {
        var registered = await RegisterAsync(Countries, "countries dashboard");
        var id = registered.Data!["registerTrustedDocument"]!["trustedDocument"]!["documentId"]!.GetValue<string>();

        var byText = await _client.PostAsync(Countries, _app, new { country = "NGA" });
        var byPost = await RunAsync(id, _app, new { country = "NGA" });
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={id}&operationName=Countries&variables=" + Uri.EscapeDataString("""{"country":"NGA"}"""));
        var byGet = await _client.SendAsync(get, _app);

        Assert.Equal(Sha256Id(Countries), id);
        Assert.Empty(registered.Data!["registerTrustedDocument"]!["errors"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, byPost.Status);
        Assert.Equal(byText.Data!.ToJsonString(), byPost.Data!.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, byGet.Status);
        Assert.Equal(byText.Data!.ToJsonString(), byGet.Data!.ToJsonString());
    }

    [Fact]
    public void TheAppendixExample_HasTheAppendixIdentifier()
    {
        // The appendix's example document, without trailing newline, and its identifier.
        const string example = "query ($id: ID!) {\n  user(id: $id) {\n    name\n  }\n}";

        Assert.Equal("sha256:7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6e", DocumentIdentifier.Of(example));
        Assert.Equal(Sha256Id(example), DocumentIdentifier.Of(example));
    }

    [Fact]
    public async Task Registration_RefusesWhatCouldNotRun_WithTypedErrors_AndStoresNothing()
    {
        var before = await hub.WithDbAsync(db => db.TrustedDocuments.CountAsync());

        var unknownField = await RegisterAsync("{ countries { nope } }");
        var syntax = await RegisterAsync("{ countries { code ");
        var tooLarge = await RegisterAsync("{ countries { code } }" + new string(' ', 15_001));
        var mismatch = await RegisterAsync("{ countries { code } }", documentId: Sha256Id("{ countries { name } }"));
        var longName = await RegisterAsync("{ countries { code } }", name: new string('n', 201));
        var typeDefinition = await RegisterAsync("type X { a: Int } { countries { code } }");
        var subscription = await RegisterAsync("subscription S { countries { code } }");
        var pageTooLarge = await RegisterAsync("{ projects(first: 1000) { totalCount } }");

        string Code(GraphQLResponse r) => r.Data!["registerTrustedDocument"]!["errors"]![0]!["code"]!.GetValue<string>();
        Assert.Equal("INVALID_DOCUMENT", Code(unknownField));
        Assert.Contains("nope", unknownField.Data!["registerTrustedDocument"]!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("INVALID_DOCUMENT", Code(syntax));
        Assert.Equal("INVALID_DOCUMENT", Code(tooLarge));
        Assert.Equal("DOCUMENT_ID_MISMATCH", Code(mismatch));
        Assert.Equal("INVALID_NAME", Code(longName));
        Assert.Equal("INVALID_DOCUMENT", Code(typeDefinition));
        Assert.Equal("INVALID_DOCUMENT", Code(subscription));
        Assert.Equal("INVALID_DOCUMENT", Code(pageTooLarge));
        Assert.All([unknownField, syntax, tooLarge, mismatch, longName, typeDefinition, subscription, pageTooLarge], r => Assert.Null(r.Data!["registerTrustedDocument"]!["trustedDocument"]));
        Assert.Equal(before, await hub.WithDbAsync(db => db.TrustedDocuments.CountAsync()));
    }

    [Fact]
    public async Task Registration_Messages_CarryNoSuggestions()
    {
        var response = await RegisterAsync("{ projects(first: 1) { nodez { code } } }");

        var message = response.Data!["registerTrustedDocument"]!["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("nodez", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", message, StringComparison.Ordinal);
        Assert.DoesNotContain("'nodes'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_NeedsHubAdmin_AndPost_AndCostsNoDatabaseCommandWhenRefused()
    {
        var before = Log.Count;
        var withoutRole = await RegisterAsync("{ countries { code } }", token: _app);
        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Register) + "&variables=" + Uri.EscapeDataString("""{"input":{"document":"{ __typename }"}}"""));
        var overGet = await _client.SendAsync(get, _admin);

        Assert.Equal(HttpStatusCode.Forbidden, withoutRole.Status);
        Assert.Equal(["MISSING_ROLE"], withoutRole.ErrorCodes.Distinct());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.Status);
        Assert.Contains("MUTATION_OVER_GET", overGet.ErrorCodes);
        Assert.Equal(before, Log.Count);
    }

    [Fact]
    public async Task AMutationRegisteredAsADocument_IsRefusedOverGet_With405()
    {
        var registered = await RegisterAsync(Register, "register by id");
        var id = registered.Data!["registerTrustedDocument"]!["trustedDocument"]!["documentId"]!.GetValue<string>();

        using var get = new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={id}&variables=" + Uri.EscapeDataString("""{"input":{"document":"{ __typename }"}}"""));
        var overGet = await _client.SendAsync(get, _admin);
        var overPost = await RunAsync(id, _admin, new { input = new { document = "{ countries { name } }" } });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.Status);
        Assert.Equal(HttpStatusCode.OK, overPost.Status);
        Assert.Empty(overPost.Data!["registerTrustedDocument"]!["errors"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"documentId":"sha256:0000000000000000000000000000000000000000000000000000000000000000"}""", HttpStatusCode.BadRequest, "DOCUMENT_NOT_FOUND")]
    [InlineData("""{"documentId":"sha256:ABCDEF0000000000000000000000000000000000000000000000000000000000"}""", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("""{"documentId":"md5:d41d8cd98f00b204e9800998ecf8427e"}""", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("""{"documentId":"x"}""", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("""{"documentId":42}""", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("""{"query":"{ __typename }","documentId":"sha256:0000000000000000000000000000000000000000000000000000000000000000"}""", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    public async Task UnknownOrMalformedIdentifiers_AreRefused_WithASingleError(string body, HttpStatusCode status, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        var response = await _client.SendAsync(request, _app);

        Assert.Equal(status, response.Status);
        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Json["data"]);
    }

    [Fact]
    public async Task Documents_BelongToTheAgencyThatRegisteredThem()
    {
        const string text = "{ projects(first: 1) { totalCount } }";
        var id = (await RegisterAsync(text)).Data!["registerTrustedDocument"]!["trustedDocument"]!["documentId"]!.GetValue<string>();
        var otherAgency = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.ProjectsRead]);

        var own = await RunAsync(id, _app);
        var other = await RunAsync(id, otherAgency);
        var anonymous = await RunAsync(id, token: null!);

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal(HttpStatusCode.BadRequest, other.Status);
        Assert.Equal(["DOCUMENT_NOT_FOUND"], other.ErrorCodes);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(["AUTHENTICATION_REQUIRED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task Revoking_StopsTheDocument_ListingShowsIt_AndRegisteringAgainRestoresIt()
    {
        const string text = "query ToRevoke { countries { name } }";
        var id = Sha256Id(text);
        await RegisterAsync(text, "to revoke");

        var revoked = await _client.PostAsync(Revoke, _admin, new { id });
        var run = await RunAsync(id, _app);
        var listed = await _client.PostAsync("{ active: trustedDocuments(first: 100) { nodes { documentId } } all: trustedDocuments(first: 100, includeRevoked: true) { nodes { documentId name revokedAt } } }", _admin);
        var unknown = await _client.PostAsync(Revoke, _admin, new { id = Sha256Id("never registered") });
        await RegisterAsync(text);
        var restored = await RunAsync(id, _app);

        Assert.NotNull(revoked.Data!["revokeTrustedDocument"]!["trustedDocument"]!["revokedAt"]?.GetValue<string>());
        Assert.Equal(["DOCUMENT_NOT_FOUND"], run.ErrorCodes);
        Assert.DoesNotContain(listed.Data!["active"]!["nodes"]!.AsArray(), n => n!["documentId"]!.GetValue<string>() == id);
        var entry = Assert.Single(listed.Data!["all"]!["nodes"]!.AsArray(), n => n!["documentId"]!.GetValue<string>() == id);
        Assert.Equal("to revoke", entry!["name"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", unknown.Data!["revokeTrustedDocument"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, restored.Status);
        var audit = await hub.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["TrustedDocument.Registered", "TrustedDocument.Revoked", "TrustedDocument.Registered"], audit);
    }

    [Fact]
    public async Task AnAgencyThatRunsOnlyTrustedDocuments_RefusesFreeFormDocuments_ButStillManagesItsList()
    {
        const string text = "{ countries { code } }";
        var id = (await RegisterAsync(text)).Data!["registerTrustedDocument"]!["trustedDocument"]!["documentId"]!.GetValue<string>();
        var ministry = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.ProjectsRead]);
        await SetOnlyAsync(WellKnownAgencies.NigeriaShelter, only: true);
        try
        {
            var freeForm = await _client.PostAsync(text, _app);
            var me = await _client.PostAsync("{ me { trustedDocumentsOnly } }", _app);
            var trusted = await RunAsync(id, _app);
            var management = await RegisterAsync("{ countries { region } }");
            var otherAgency = await _client.PostAsync(text, ministry);

            Assert.Equal(HttpStatusCode.Forbidden, freeForm.Status);
            Assert.Equal(["TRUSTED_DOCUMENT_REQUIRED"], freeForm.ErrorCodes);
            Assert.Null(freeForm.Json["data"]);
            Assert.Empty(me.ErrorCodes);
            Assert.True(me.Data!["me"]!["trustedDocumentsOnly"]!.GetValue<bool>());
            Assert.Equal(HttpStatusCode.OK, trusted.Status);
            Assert.Empty(management.Data!["registerTrustedDocument"]!["errors"]!.AsArray());
            Assert.Equal(HttpStatusCode.OK, otherAgency.Status);
        }
        finally
        {
            await SetOnlyAsync(WellKnownAgencies.NigeriaShelter, only: false);
        }
    }

    [Fact]
    public async Task ACaseReadThroughATrustedDocument_IsLoggedWithItsIdentifier()
    {
        const string text = "query Mine { cases(purpose: ASSISTANCE, first: 1) { nodes { id sex } } }";
        var id = (await RegisterAsync(text)).Data!["registerTrustedDocument"]!["trustedDocument"]!["documentId"]!.GetValue<string>();

        var response = await RunAsync(id, _app);
        var caseId = Guid.Parse(response.Data!["cases"]!["nodes"]![0]!["id"]!.GetValue<string>());

        var logged = await hub.WithDbAsync(db => db.Disclosures.Where(d => d.CaseId == caseId && d.DocumentHash == id).Select(d => d.OperationName).ToListAsync());
        Assert.Equal("Mine", Assert.Single(logged));
    }
}
