using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Api.Hosting;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.TrustedDocuments;
using Hub.Data;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.TrustedDocuments;

/// <summary>Apollo Client's persisted query link and urql's persisted exchange: a hash in
/// <c>extensions.persistedQuery</c> names a registered document; an unknown one is answered so that
/// they send the text again, which runs free-form, or as the registered document when it is one.</summary>
public sealed class PersistedQueryTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private const string Register = "mutation R($input: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $input) { errors { code } } }";

    private readonly HttpClient _client = hub.CreateClient();
    private string _admin = "";
    private string _app = "";

    public async Task InitializeAsync()
    {
        _admin = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.HubAdmin, HubRoles.ProjectsRead]);
        _app = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.ProjectsRead], app: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private async Task<GraphQLResponse> PostAsync(object body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
        return await _client.SendAsync(request, token);
    }

    private async Task<GraphQLResponse> GetAsync(string hash, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(Extensions(hash))));
        return await _client.SendAsync(request, token, "application/graphql-response+json,application/json;q=0.9");
    }

    private async Task RegisterAsync(string text) =>
        Assert.Empty((await _client.PostAsync(Register, _admin, new { input = new { document = text } })).Data!["registerTrustedDocument"]!["errors"]!.AsArray());

    private async Task SetOnlyAsync(bool only)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var agency = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Agencies.SingleAsync(a => a.Code == WellKnownAgencies.ThailandLegalAid);
        await scope.ServiceProvider.GetRequiredService<TrustedDocumentRegistry>().SetTrustedDocumentsOnlyAsync(agency, only, Hub.Api.Writes.Actor.OfCommand(agency, hub.Now), default);
    }

    [Fact]
    public async Task ARegisteredHash_RunsTheDocument_ByPostAndByGet()
    {
        const string text = "query Regions { countries { code region } }";
        await RegisterAsync(text);

        var byPost = await PostAsync(new { extensions = Extensions(Hash(text)) }, _app);
        var byGet = await GetAsync(Hash(text), _app);
        var byText = await _client.PostAsync(text, _app);

        Assert.Equal(HttpStatusCode.OK, byPost.Status);
        Assert.Equal(byText.Data!.ToJsonString(), byPost.Data!.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, byGet.Status);
        Assert.Equal(byText.Data!.ToJsonString(), byGet.Data!.ToJsonString());
    }

    [Fact]
    public async Task AnUnknownHash_IsPersistedQueryNotFound_AndTheRetryWithTheText_RunsWithoutRegisteringIt()
    {
        const string text = "query Codes { countries { code } }";
        var before = await hub.WithDbAsync(db => db.TrustedDocuments.CountAsync());

        var miss = await PostAsync(new { extensions = Extensions(Hash(text)) }, _app);
        var missByGet = await GetAsync(Hash(text), _app);
        var retry = await PostAsync(new { query = text, extensions = Extensions(Hash(text)) }, _app);
        var again = await PostAsync(new { extensions = Extensions(Hash(text)) }, _app);

        Assert.Equal(HttpStatusCode.BadRequest, miss.Status);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], miss.ErrorCodes);
        Assert.Equal("PersistedQueryNotFound", miss.Json["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Null(miss.Data);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], missByGet.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.Equal(85, retry.Data!["countries"]!.AsArray().Count);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], again.ErrorCodes);
        Assert.Equal(before, await hub.WithDbAsync(db => db.TrustedDocuments.CountAsync()));
    }

    [Theory]
    [InlineData("""{"query":"{ countries { code } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""", HttpStatusCode.BadRequest, "PERSISTED_QUERY_HASH_MISMATCH")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ABC"}}}""", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("""{"extensions":{"persistedQuery":"yes"}}""", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("""{"documentId":"sha256:0000000000000000000000000000000000000000000000000000000000000000","extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    public async Task MalformedOrMismatchedPersistedQueries_AreRefused_BeforeAnyDatabaseCommand(string body, HttpStatusCode status, string code)
    {
        var log = hub.Services.GetRequiredService<SqlCommandLog>();
        var before = log.Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        var response = await _client.SendAsync(request, _app);

        Assert.Equal(status, response.Status);
        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(before, log.Count);
    }

    [Fact]
    public async Task WhereOnlyTrustedDocumentsRun_TheRetryRunsAsTheRegisteredDocument_AndAnUnregisteredTextIsRefused()
    {
        const string registered = "query OnlyRegistered { countries { name } }";
        const string other = "query NotRegistered { countries { region } }";
        await RegisterAsync(registered);
        await SetOnlyAsync(true);
        try
        {
            var retry = await PostAsync(new { query = registered, extensions = Extensions(Hash(registered)) }, _app);
            var unregistered = await PostAsync(new { query = other, extensions = Extensions(Hash(other)) }, _app);

            Assert.Equal(HttpStatusCode.OK, retry.Status);
            Assert.Equal(85, retry.Data!["countries"]!.AsArray().Count);
            Assert.Equal(HttpStatusCode.Forbidden, unregistered.Status);
            Assert.Equal(["TRUSTED_DOCUMENT_REQUIRED"], unregistered.ErrorCodes);
        }
        finally
        {
            await SetOnlyAsync(false);
        }
    }

    [Fact]
    public async Task AnUnknownTenantOrASuspendedAgency_NamingADocument_GetsItsUsualRefusal()
    {
        var unknownTenant = TestTokens.Mint(hub, new TokenSpec { TenantId = Guid.Parse("00000000-1111-2222-3333-555555555555") });
        var suspended = await _client.DevTokenAsync(WellKnownAgencies.SuspendedNgo, [HubRoles.ProjectsRead]);
        var id = "sha256:" + Hash("{ countries { code } }");

        var unknownById = await PostAsync(new { documentId = id }, unknownTenant);
        var unknownByHash = await PostAsync(new { extensions = Extensions(Hash("{ countries { code } }")) }, unknownTenant);
        var suspendedById = await PostAsync(new { documentId = id }, suspended);

        Assert.Equal(HttpStatusCode.Forbidden, unknownById.Status);
        Assert.Equal(["UNKNOWN_TENANT"], unknownById.ErrorCodes);
        Assert.Equal(["UNKNOWN_TENANT"], unknownByHash.ErrorCodes);
        Assert.Equal(HttpStatusCode.Forbidden, suspendedById.Status);
        Assert.Equal(["AGENCY_SUSPENDED"], suspendedById.ErrorCodes);
    }
}
