using System.Net;
using System.Text;
using Hub.Api.Hosting;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.GraphQL;

/// <summary>GraphQL over HTTP as the spec and DESIGN §4 have it.</summary>
public sealed class HttpTransportTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = hub.CreateClient();
    private string _token = "";

    public async Task InitializeAsync() => _token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.ProjectsRead]);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData(null, "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    public async Task Post_AnswersInTheAcceptedMediaType(string? accept, string expected)
    {
        var response = await _client.PostAsync("{ countries { code } }", _token, accept: accept!);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.ContentType);
        Assert.Equal("utf-8", response.Message.Content.Headers.ContentType?.CharSet);
        Assert.Equal(85, response.Data!["countries"]!.AsArray().Count);
    }

    [Fact]
    public async Task Get_RunsQueries_WithVariablesInTheQueryString()
    {
        var query = Uri.EscapeDataString("query Agencies($country: String) { agencies(country: $country) { code country { code } } }");
        var variables = Uri.EscapeDataString("""{"country":"NGA"}""");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}&variables={variables}&operationName=Agencies");

        var response = await _client.SendAsync(request, _token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.Message.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", response.Message.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains(response.Data!["agencies"]!.AsArray(), a => a!["code"]!.GetValue<string>() == WellKnownAgencies.NigeriaMinistry);
        Assert.All(response.Data!["agencies"]!.AsArray(), a => Assert.Equal("NGA", a!["country"]!["code"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("%C3%28")] // a lead byte followed by no continuation
    [InlineData("%FF")]
    [InlineData("%ED%A0%80")] // a surrogate, encoded
    public async Task Get_RefusesVariablesWhoseEscapesAreNotUtf8_AsPostRefusesSuchABody(string escapes)
    {
        var query = Uri.EscapeDataString("query Agencies($country: String) { agencies(country: $country) { code } }");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}&variables=%7B%22country%22%3A%22{escapes}%22%7D");

        var response = await _client.SendAsync(request, _token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Get_AcceptsEscapedUtf8_AndCharactersSentAsThemselves()
    {
        var query = Uri.EscapeDataString("query Agencies($country: String) { agencies(country: $country) { code } }");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}&variables=" + Uri.EscapeDataString("""{"country":"Ä€😀"}"""));

        var response = await _client.SendAsync(request, _token);

        Assert.DoesNotContain("INVALID_REQUEST", response.ErrorCodes);
    }

    [Fact]
    public async Task Get_RefusesMutationsWith405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));

        var response = await _client.SendAsync(request, _token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains("POST", response.Message.Content.Headers.Allow);
        Assert.Equal(["MUTATION_OVER_GET"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("GET", false)]
    [InlineData("GET", true)]
    [InlineData("POST", false)]
    [InlineData("POST", true)]
    public async Task Subscriptions_AreRefusedAsNotSupported_With400_BeforeAnyDatabaseCommand(string method, bool withToken)
    {
        const string subscription = "subscription { countries { code } }";
        using var request = method == "GET"
            ? new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(subscription))
            : new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = subscription }), Encoding.UTF8, "application/json") };
        var log = hub.Services.GetRequiredService<SqlCommandLog>();
        var before = log.Count;

        var response = await _client.SendAsync(request, withToken ? _token : null);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["OPERATION_NOT_SUPPORTED"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(before, log.Count);
    }

    [Theory]
    [InlineData("text/plain", "{ countries { code } }")]
    [InlineData("application/x-www-form-urlencoded", "query=%7B__typename%7D")]
    [InlineData("multipart/form-data; boundary=x", "--x--")]
    [InlineData("application/json; charset=latin1", """{"query":"{ __typename }"}""")]
    public async Task Post_RefusesOtherBodiesWith415(string contentType, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await _client.SendAsync(request, _token);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("""[{"query":"{ __typename }"},{"query":"{ __typename }"}]""", "Batched")]
    [InlineData("""{"query":"{ __typename }" """, "not valid JSON")]
    [InlineData("""{"query": 42}""", "'query' must be a string")]
    [InlineData("""{"query":"{ __typename }","variables":"{}"}""", "'variables' must be a JSON object")]
    [InlineData("""{"variables":{}}""", "no 'query'")]
    [InlineData("\"{ __typename }\"", "must be a JSON object")]
    public async Task Post_RefusesMalformedRequestsWith400(string body, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        var response = await _client.SendAsync(request, _token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
        Assert.Contains(message, response.Json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task InvalidDocument_Is400ForGraphQLResponse_And200ForJson(string accept, HttpStatusCode expected)
    {
        var parseError = await _client.PostAsync("{ countries { code ", _token, accept: accept);
        var validationError = await _client.PostAsync("{ countries { nope } }", _token, accept: accept);

        Assert.Equal(expected, parseError.Status);
        Assert.Equal(expected, validationError.Status);
        Assert.Null(parseError.Json["data"]);
        Assert.Null(validationError.Json["data"]);
        Snapshooter.Xunit.Snapshot.Match(new { parse = parseError.Snapshot, validation = validationError.Snapshot }, Snapshooter.SnapshotNameExtension.Create(accept.Replace('/', '_').Replace('+', '_')),
            options => options.IgnoreAllFields("traceId"));
    }

    [Fact]
    public async Task UnacceptableMediaType_Is406()
    {
        var response = await _client.PostAsync("{ __typename }", _token, accept: "application/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal(["NOT_ACCEPTABLE"], response.ErrorCodes);
        Assert.Equal("Accept application/graphql-response+json or application/json.", response.Json["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Null(response.Json["data"]);
        Assert.True(response.Message.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_Are405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

        var response = await _client.SendAsync(request, _token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["GET", "POST"], response.Message.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Equal("application/graphql-response+json", response.ContentType);
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.ErrorCodes);
        Assert.NotNull(response.Json["errors"]![0]!["extensions"]!["traceId"]);
        Assert.True(response.Message.Headers.Contains("RateLimit-Policy"), "A refused method counts against the caller's allowance like any request.");
        Assert.True(response.Message.Headers.CacheControl?.NoStore);
        Assert.Null(response.Json["data"]);
        Assert.DoesNotContain("Exception", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_CarryCodes_AndNoStackTraces()
    {
        var response = await _client.PostAsync("query($n: Int!) { countries { code } }", _token, variables: new { n = "not a number" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.All(response.ErrorCodes, Assert.NotNull);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScalarsBeyondTheSpecsFive_AreDescribed_AndSpecifiedByAUrl()
    {
        const string query = "{ dateTime: __type(name: \"DateTime\") { description specifiedByURL } date: __type(name: \"Date\") { specifiedByURL } long: __type(name: \"Long\") { specifiedByURL } decimal: __type(name: \"Decimal\") { specifiedByURL } string: __type(name: \"String\") { specifiedByURL } case: __type(name: \"Case\") { specifiedByURL } }";

        var response = await _client.PostAsync(query, _token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var data = response.Data!;
        Assert.Contains("RFC 3339", data["dateTime"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc3339#section-5.6", data["dateTime"]!["specifiedByURL"]!.GetValue<string>());
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc3339#section-5.6", data["date"]!["specifiedByURL"]!.GetValue<string>());
        Assert.StartsWith("https://", data["long"]!["specifiedByURL"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("https://", data["decimal"]!["specifiedByURL"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(data["string"]!["specifiedByURL"]);
        Assert.Null(data["case"]!["specifiedByURL"]);
    }
}
