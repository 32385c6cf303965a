using System.Net;
using System.Text;
using Hub.Api.Identity;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Security;

/// <summary>The graphql-cop classes of attack not already covered by the transport and limits
/// tests: each is refused with its status and code, and nothing of the schema or the server leaks.</summary>
public sealed class AttackTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = hub.CreateClient();
    private string _token = "";

    public async Task InitializeAsync() => _token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.ProjectsRead]);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CircularFragments_AreRefusedBeforeExecution()
    {
        var response = await _client.PostAsync("query { countries { ...A } } fragment A on Country { ...B } fragment B on Country { ...A }", _token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("NO_FRAGMENT_CYCLES", response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task CircularIntrospection_IsBoundedByDepth()
    {
        var nested = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } } }";

        var response = await _client.PostAsync(nested, _token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task FieldDuplication_IsBoundedByTheTokenLimit()
    {
        var response = await _client.PostAsync("{ countries { " + string.Join(' ', Enumerable.Repeat("code", 1_200)) + " } }", _token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["TOO_MANY_TOKENS"], response.ErrorCodes);
    }

    [Fact]
    public async Task GetBasedQueryFromAnotherSite_GetsNoCorsHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ countries { code } }"));
        request.Headers.Add("Origin", "https://evil.example.com");

        var response = await _client.SendAsync(request, _token);

        Assert.False(response.Message.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task UrlEncodedPost_IsRefusedWith415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new FormUrlEncodedContent([new("query", "{ countries { code } }")]),
        };

        var response = await _client.SendAsync(request, _token);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Fact]
    public async Task NoTracingOrDebugOutput_IsEverAdded()
    {
        var response = await _client.PostAsync("{ countries { code } }", _token);
        using var withExtensions = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }","extensions":{"tracing":true,"debug":true}}""", Encoding.UTF8, "application/json"),
        };
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

        Assert.DoesNotContain("Exception", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Hub.Api", response.Body, StringComparison.Ordinal);
        Assert.All(response.ErrorCodes, Assert.NotNull);
    }
}
