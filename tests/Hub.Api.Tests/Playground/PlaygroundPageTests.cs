using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;

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
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/playground/vendor/graphiql.umd.js")]
    [InlineData("/playground/vendor/graphiql.css")]
    [InlineData("/playground/vendor/react.production.min.js")]
    [InlineData("/playground/vendor/react-dom.production.min.js")]
    [InlineData("/playground/playground.js")]
    public async Task ThePlaygroundsFiles_AreServedByTheHub(string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task InDevelopment_ThePlaygroundOffersPersonasAndExamples()
    {
        var config = JsonNode.Parse(await _client.GetStringAsync("/playground/config.json"))!;

        Assert.True(config["development"]!.GetValue<bool>());
        Assert.Contains(config["personas"]!.AsArray(), p => p!["label"]!.GetValue<string>() == "Unknown tenant");
        Assert.Equal(4, config["purposes"]!.AsArray().Count);
        Assert.Equal(["ASSISTANCE", "RETURN_AND_REINTEGRATION", "LEGAL_PROCEEDINGS", "RESEARCH_AND_STATISTICS"], config["purposes"]!.AsArray().Select(p => p!["value"]!.GetValue<string>()));
        Assert.Equal(4, config["examples"]!.AsArray().Count);
    }
}
