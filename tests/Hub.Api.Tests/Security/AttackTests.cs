using System.Net;
using System.Text;
using System.Text.Json;
using Hub.Api.Hosting;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Security;

/// <summary>The attack suite: every graphql-cop class, deep nesting, huge documents and huge pages.
/// Each is refused with its status and code, the database is not asked anything for it, and nothing
/// of the schema or the server leaks. The token matrix is in <c>TokenValidationTests</c>.</summary>
public sealed class AttackTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = hub.CreateClient();
    private string _token = "";

    private SqlCommandLog Log => hub.Services.GetRequiredService<SqlCommandLog>();

    public async Task InitializeAsync() => _token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.ProjectsRead]);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, HttpStatusCode, string> Refused => new()
    {
        { "alias overloading", HttpStatusCode.BadRequest, "TOO_MANY_ALIASES" },
        { "batching", HttpStatusCode.BadRequest, "INVALID_REQUEST" },
        { "GET query from another site, without the token a browser cannot attach", HttpStatusCode.Unauthorized, "AUTHENTICATION_REQUIRED" },
        { "GET mutation", HttpStatusCode.MethodNotAllowed, "MUTATION_OVER_GET" },
        { "url-encoded POST", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE" },
        { "text/plain POST", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE" },
        { "field duplication", HttpStatusCode.BadRequest, "TOO_MANY_TOKENS" },
        { "directive overloading", HttpStatusCode.BadRequest, "TOO_MANY_DIRECTIVES" },
        { "circular fragments", HttpStatusCode.BadRequest, "NO_FRAGMENT_CYCLES" },
        { "circular introspection", HttpStatusCode.BadRequest, "SELECTION_TOO_DEEP" },
        { "field suggestions", HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE" },
        { "introspection without a token", HttpStatusCode.Unauthorized, "AUTHENTICATION_REQUIRED" },
        { "10,000 levels of nesting", HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE" },
        { "nesting under the token limit", HttpStatusCode.BadRequest, "DOCUMENT_TOO_DEEP" },
        { "a document of 20,000 characters", HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE" },
        { "a 1 MB body", HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE" },
        { "a 1 MB body of no stated length", HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE" },
        { "first: 99999999", HttpStatusCode.BadRequest, "INVALID_PAGING" },
        { "a cost over the budget", HttpStatusCode.BadRequest, "TOO_COSTLY" },
        { "first: 101 in a variable", HttpStatusCode.BadRequest, "INVALID_PAGING" },
        { "a selection deeper than real use", HttpStatusCode.BadRequest, "SELECTION_TOO_DEEP" },
        { "a field the token's roles do not open", HttpStatusCode.Forbidden, "MISSING_ROLE" },
        { "fragments that double at every link", HttpStatusCode.BadRequest, "TOO_MANY_FIELDS" },
        { "text that is not Unicode", HttpStatusCode.BadRequest, "INVALID_REQUEST" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Attack_IsRefused_WithItsStatusAndCode_WithoutAnyDatabaseCommand(string attack, HttpStatusCode status, string code)
    {
        using var request = Request(attack);
        var token = attack.Contains("without", StringComparison.Ordinal) ? null : _token;
        var before = Log.Count;

        var response = await _client.SendAsync(request, token);

        Assert.Equal(status, response.Status);
        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Json["data"]);
        Assert.Equal(before, Log.Count);
        Assert.DoesNotContain("Did you mean", response.Body, StringComparison.Ordinal);
        Assert.False(response.Message.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Request(string attack) => attack switch
    {
        "alias overloading" => Post("{ " + string.Join(' ', Enumerable.Range(0, 100).Select(i => $"a{i}: countries {{ code }}")) + " }"),
        "batching" => Raw("""[{"query":"{ countries { code } }"},{"query":"{ countries { code } }"}]""", "application/json"),
        "GET query from another site, without the token a browser cannot attach" => Get("{ cases(purpose: ASSISTANCE) { nodes { givenName } } }", "https://evil.example.com"),
        "GET mutation" => Get("mutation { registerTrustedDocument(input: { document: \"{ __typename }\" }) { errors { code } } }", "https://evil.example.com"),
        "url-encoded POST" => new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new FormUrlEncodedContent([new("query", "{ countries { code } }")]) },
        "text/plain POST" => Raw("""{"query":"{ countries { code } }"}""", "text/plain"),
        "field duplication" => Post("{ countries { " + string.Join(' ', Enumerable.Repeat("code", 1_200)) + " } }"),
        "directive overloading" => Post("{ countries { code " + string.Concat(Enumerable.Repeat("@include(if: true) ", 60)) + "} }"),
        "circular fragments" => Post("query { countries { ...A } } fragment A on Country { ...B } fragment B on Country { ...A }"),
        // Spread out, 40 links that each spread the next twice would be 2^40 selections.
        "fragments that double at every link" => Post("query Q { ...F0 } " + string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) + "fragment F40 on Query { me { roles } }"),
        "text that is not Unicode" => Raw("""{"query":"{ me { roles } } #\ud800"}""", "application/json"),
        "circular introspection" => Post("{ countries { code } __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } }"),
        "field suggestions" => Post("{ countrys { code } }"),
        "introspection without a token" => Post("{ __schema { types { name } } }"),
        "10,000 levels of nesting" => Post(string.Concat(Enumerable.Repeat("{a", 10_000)) + string.Concat(Enumerable.Repeat("}", 10_000))),
        "nesting under the token limit" => Post(string.Concat(Enumerable.Repeat("{ a ", 100)) + string.Concat(Enumerable.Repeat("}", 100))),
        "a document of 20,000 characters" => Post("{ countries { code } }" + new string(' ', 20_000)),
        "a 1 MB body" => Post("{ countries { code } }", new { padding = new string('x', 1_000_000) }),
        "a 1 MB body of no stated length" => new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new UnsizedContent(1_000_000) },
        "first: 99999999" => Post("{ projects(first: 99999999) { nodes { code partnerAgencies { code } } } }"),
        "a cost over the budget" => Post("{ projects(first: 100) { nodes { partnerAgencies { code } countries { code } activities(first: 100) { nodes { topic project { code partnerAgencies { code } } } } } } }"),
        "first: 101 in a variable" => Post("query($n: Int) { projects(first: $n) { nodes { code } } }", new { n = 101 }),
        "a selection deeper than real use" => Post("{ referrals(purpose: ASSISTANCE, first: 2) { edges { node { case { referrals(first: 2) { edges { node { case { referrals(first: 1) { edges { node { project { leadAgency { country { code } } } } } } } } } } } } } } }"),
        "a field the token's roles do not open" => Post("{ disclosures(caseId: \"00000000-0000-0000-0000-000000000001\") { totalCount } }"),
        _ => throw new ArgumentOutOfRangeException(nameof(attack)),
    };

    private static HttpRequestMessage Post(string query, object? variables = null) =>
        Raw(JsonSerializer.Serialize(new { query, variables }), "application/json");

    private static HttpRequestMessage Raw(string body, string contentType) =>
        new(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, contentType) };

    private static HttpRequestMessage Get(string query, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Add("Origin", origin);
        return request;
    }

    // A body sent in chunks, whose length nobody announces.
    private sealed class UnsizedContent : HttpContent
    {
        private readonly int _length;

        public UnsizedContent(int length)
        {
            _length = length;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = Encoding.UTF8.GetBytes(new string(' ', 4096));
            for (var sent = 0; sent < _length; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk);
            }
        }

        protected override bool TryComputeLength(out long size)
        {
            size = 0;
            return false;
        }
    }

    [Fact]
    public async Task IntrospectionFromAnUnregisteredTenant_CostsOnlyTheRegistryRead()
    {
        var token = TestTokens.Mint(hub, new TokenSpec { TenantId = Guid.Parse("00000000-1111-2222-3333-444444444444") });
        var before = Log.Count;

        var response = await _client.PostAsync("{ __schema { types { name } } }", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["UNKNOWN_TENANT"], response.ErrorCodes);
        Assert.Equal(before + 1, Log.Count);
    }

    [Fact]
    public async Task NoTracingOrDebugOutput_IsEverAdded()
    {
        var response = await _client.PostAsync("{ countries { code } }", _token);
        using var withExtensions = Raw("""{"query":"{ __typename }","extensions":{"tracing":true,"debug":true}}""", "application/json");
        var asked = await _client.SendAsync(withExtensions, _token);

        Assert.Null(response.Json["extensions"]);
        Assert.Null(asked.Json["extensions"]);
    }

    [Fact]
    public async Task UnhandledErrors_SayNothingOfTheServer()
    {
        // A cursor that decodes to JSON of the wrong shape reaches deep into the paging code.
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"Ordering":"code asc,id asc","Values":[{"x":1},[]]}""")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var response = await _client.PostAsync($"{{ projects(after: \"{cursor}\") {{ totalCount }} }}", _token);

        Assert.NotEmpty(response.ErrorCodes);
        Assert.DoesNotContain("Exception", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Hub.Api", response.Body, StringComparison.Ordinal);
        Assert.All(response.ErrorCodes, Assert.NotNull);
    }
}
