using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;

namespace Hub.Api.Tests.Hosting;

/// <summary>A dashboard on an allowed origin preflights once in a while, may send W3C trace
/// context, and can read the rate-limit headers of the answers.</summary>
public sealed class CorsTests(CorsTests.DashboardHub hub) : IClassFixture<CorsTests.DashboardHub>
{
    private const string Dashboard = "https://dashboard.example.org";

    [Fact]
    public async Task Preflight_FromAnAllowedOrigin_IsCached_AndAdmitsTraceContext()
    {
        using var client = hub.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", Dashboard);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,traceparent,tracestate");

        var response = await client.SendAsync(preflight);

        Assert.Equal([Dashboard], response.Headers.GetValues("Access-Control-Allow-Origin"));
        var allowed = HeaderList(response, "Access-Control-Allow-Headers");
        Assert.Contains("traceparent", allowed);
        Assert.Contains("tracestate", allowed);
        Assert.Equal(["7200"], response.Headers.GetValues("Access-Control-Max-Age"));
    }

    [Fact]
    public async Task Answers_ToAnAllowedOrigin_ExposeRetryAfterAndTheRateLimitHeaders()
    {
        using var client = hub.CreateClient();
        var token = await client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.ProjectsRead]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", Dashboard);

        var response = await client.SendAsync(request, token);

        var exposed = HeaderList(response.Message, "Access-Control-Expose-Headers");
        Assert.Contains("retry-after", exposed);
        Assert.Contains("ratelimit", exposed);
        Assert.Contains("ratelimit-policy", exposed);
    }

    private static List<string> HeaderList(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
            ? values.SelectMany(v => v.Split(',')).Select(v => v.Trim().ToLowerInvariant()).ToList()
            : [];

    public sealed class DashboardHub() : ConfiguredHub(("Hub:Limits:AllowedOrigins:0", Dashboard));
}
