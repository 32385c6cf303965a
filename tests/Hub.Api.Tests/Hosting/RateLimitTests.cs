using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Seeding;

namespace Hub.Api.Tests.Hosting;

/// <summary>Each caller (user or app) has its own allowance under its agency tenant's ceiling;
/// anonymous callers count per client address. Windows are counted on a clock that stands still.</summary>
public sealed class RateLimitTests
{
    private const string UserA = "0a1b2c3d-0000-4000-8000-00000000000a";
    private const string UserB = "0a1b2c3d-0000-4000-8000-00000000000b";

    [Fact]
    public async Task EveryAnswer_NamesThePolicies_AndTheLimitClosestToRunningOut()
    {
        await using var hub = Hub();
        using var client = hub.CreateClient();
        var token = await TokenAsync(hub, WellKnownAgencies.NigeriaShelter, UserA);

        var response = await SendAsync(client, token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("\"agency\";q=600;w=60, \"caller\";q=300;w=60", Header(response, "RateLimit-Policy"));
        Assert.Equal("\"caller\";r=299;t=60", Header(response, "RateLimit"));
        Assert.False(response.Message.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task CallersOfOneAgency_EachHaveTheirOwnAllowance_UnderTheAgencyCeiling()
    {
        await using var hub = Hub(perCaller: 3, perAgency: 5);
        using var client = hub.CreateClient();
        var a = await TokenAsync(hub, WellKnownAgencies.NigeriaShelter, UserA);
        var b = await TokenAsync(hub, WellKnownAgencies.NigeriaShelter, UserB);

        var statusesOfA = await StatusesAsync(client, a, 4);
        hub.Clock.Advance(TimeSpan.FromSeconds(10));
        var statusesOfB = await StatusesAsync(client, b, 2);
        var refusedB = await SendAsync(client, b);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statusesOfA);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], statusesOfB);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedB.Status);
        Assert.Equal("\"agency\";r=0;t=50", Header(refusedB, "RateLimit"));
        Assert.Equal("50", Header(refusedB, "Retry-After"));
    }

    [Fact]
    public async Task ARefusalByTheAgencyCeiling_CostsNothingFromTheCallersAllowance()
    {
        await using var hub = Hub(perCaller: 3, perAgency: 5);
        using var client = hub.CreateClient();
        var a = await TokenAsync(hub, WellKnownAgencies.NigeriaShelter, UserA);
        var b = await TokenAsync(hub, WellKnownAgencies.NigeriaShelter, UserB);

        await StatusesAsync(client, a, 3);
        hub.Clock.Advance(TimeSpan.FromSeconds(30));
        var whileTheAgencyIsFull = await StatusesAsync(client, b, 4);
        hub.Clock.Advance(TimeSpan.FromSeconds(31));
        var afterTheAgencyWindow = await StatusesAsync(client, b, 1);
        var spent = await SendAsync(client, b);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], whileTheAgencyIsFull);
        Assert.Equal([HttpStatusCode.OK], afterTheAgencyWindow);
        Assert.Equal(HttpStatusCode.TooManyRequests, spent.Status);
        Assert.Equal("\"caller\";r=0;t=29", Header(spent, "RateLimit"));
    }

    [Fact]
    public async Task TwoAgencies_DoNotShareACeiling()
    {
        await using var hub = Hub(perCaller: 3, perAgency: 5);
        using var client = hub.CreateClient();
        var shelterA = await TokenAsync(hub, WellKnownAgencies.NigeriaShelter, UserA);
        var shelterB = await TokenAsync(hub, WellKnownAgencies.NigeriaShelter, UserB);
        var ministry = await TokenAsync(hub, WellKnownAgencies.NigeriaMinistry, UserA);

        await StatusesAsync(client, shelterA, 3);
        await StatusesAsync(client, shelterB, 3);
        var other = await SendAsync(client, ministry);

        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal("\"caller\";r=2;t=60", Header(other, "RateLimit"));
    }

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("text/plain", "application/json")]
    public async Task ARefusal_Is429_WithRetryAfter_ItsCode_AndATraceId(string accept, string mediaType)
    {
        await using var hub = Hub(perCaller: 1, perAgency: 5);
        using var client = hub.CreateClient();
        var token = await TokenAsync(hub, WellKnownAgencies.NigeriaShelter, UserA);

        await SendAsync(client, token);
        hub.Clock.Advance(TimeSpan.FromSeconds(15));
        var refused = await SendAsync(client, token, accept: accept);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(mediaType, refused.ContentType);
        Assert.Equal(["RATE_LIMITED"], refused.ErrorCodes);
        Assert.False(string.IsNullOrEmpty(refused.Json["errors"]![0]!["extensions"]!["traceId"]?.GetValue<string>()));
        Assert.True(refused.Message.Headers.CacheControl?.NoStore);
        Assert.Equal("45", Header(refused, "Retry-After"));
        Assert.Equal("\"agency\";q=5;w=60, \"caller\";q=1;w=60", Header(refused, "RateLimit-Policy"));
        Assert.Equal("\"caller\";r=0;t=45", Header(refused, "RateLimit"));
    }

    [Fact]
    public async Task AnonymousCallers_AreLimitedPerClientAddress()
    {
        await using var hub = Hub(perCaller: 3, perAgency: 5);
        using var client = hub.CreateClient();

        var first = await StatusesAsync(client, null, 4, "203.0.113.7");
        var second = await SendAsync(client, null, "203.0.113.8");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("\"address\";q=3;w=60", Header(second, "RateLimit-Policy"));
        Assert.Equal("\"address\";r=2;t=60", Header(second, "RateLimit"));
    }

    [Fact]
    public async Task AnIPv6Client_IsOneCallerAcrossItsSlash64()
    {
        await using var hub = Hub(perCaller: 2, perAgency: 5);
        using var client = hub.CreateClient();

        await SendAsync(client, null, "2001:db8:1:2::1");
        var sameNetwork = await SendAsync(client, null, "2001:db8:1:2:aaaa::9");
        var otherNetwork = await SendAsync(client, null, "2001:db8:1:3::1");

        Assert.Equal("\"address\";r=0;t=60", Header(sameNetwork, "RateLimit"));
        Assert.Equal("\"address\";r=1;t=60", Header(otherNetwork, "RateLimit"));
    }

    [Fact]
    public async Task AnInvalidToken_SpendsItsAddressAllowance_NeverTheAgencyItNames()
    {
        await using var hub = Hub(perCaller: 3, perAgency: 5);
        using var client = hub.CreateClient();
        var tenant = await hub.TenantOfAsync(WellKnownAgencies.NigeriaShelter);
        var forged = TestTokens.WithoutSignature(tenant, "Projects.Read");

        var statuses = await StatusesAsync(client, forged, 4, "203.0.113.9");
        var genuine = await SendAsync(client, await TokenAsync(hub, WellKnownAgencies.NigeriaShelter, UserA));

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, genuine.Status);
        Assert.Equal("\"caller\";r=2;t=60", Header(genuine, "RateLimit"));
    }

    [Fact]
    public async Task AllowancesRenew_WhenTheirWindowEnds()
    {
        await using var hub = Hub(perCaller: 1, perAgency: 5);
        using var client = hub.CreateClient();
        var token = await TokenAsync(hub, WellKnownAgencies.NigeriaShelter, UserA);

        await SendAsync(client, token);
        hub.Clock.Advance(TimeSpan.FromSeconds(59));
        var refused = await SendAsync(client, token);
        hub.Clock.Advance(TimeSpan.FromSeconds(1));
        var renewed = await SendAsync(client, token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(HttpStatusCode.OK, renewed.Status);
    }

    [Fact]
    public async Task PastTheMostPartitionsTracked_NewCallersAreRefused_UntilIdleOnesAreDropped()
    {
        await using var hub = Hub(perCaller: 3, perAgency: 5, ("Hub:Limits:MaxRateLimitPartitions", "2"));
        using var client = hub.CreateClient();

        await SendAsync(client, null, "203.0.113.1");
        await SendAsync(client, null, "203.0.113.2");
        var third = await SendAsync(client, null, "203.0.113.3");
        hub.Clock.Advance(TimeSpan.FromSeconds(60));
        var afterTheIdleAreDropped = await SendAsync(client, null, "203.0.113.3");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
        Assert.Equal(["RATE_LIMITED"], third.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, afterTheIdleAreDropped.Status);
    }

    [Theory]
    [InlineData("Hub:Limits:RequestsPerMinute", "0")]
    [InlineData("Hub:Limits:RequestsPerMinutePerCaller", "0")]
    [InlineData("Hub:Limits:MaxRateLimitPartitions", "-1")]
    public async Task ALimitThatAdmitsNothing_StopsTheHubFromStarting(string setting, string value)
    {
        // WebApplicationFactory's deferred host can race the failing host's disposal and report
        // an ObjectDisposedException instead of the start's own exception: such a round tells
        // nothing, and is tried again on a fresh host.
        for (var round = 1; ; round++)
        {
            await using var hub = new ConfiguredHub(("Hub:PrepareDatabaseOnStart", "false"), (setting, value));
            var failure = Record.Exception(() => hub.CreateClient());
            if (failure is ObjectDisposedException && round < 5)
            {
                continue;
            }

            Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(failure);
            return;
        }
    }

    private static TrafficHub Hub(int? perCaller = null, int? perAgency = null, params (string, string)[] more)
    {
        var settings = new List<(string, string)> { ("Hub:DemoCaseCount", "0") };
        if (perCaller is { } caller)
        {
            settings.Add(("Hub:Limits:RequestsPerMinutePerCaller", caller.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (perAgency is { } agency)
        {
            settings.Add(("Hub:Limits:RequestsPerMinute", agency.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new TrafficHub([.. settings, .. more]);
    }

    private static async Task<string> TokenAsync(HubFactory hub, string agency, string objectId) =>
        TestTokens.Mint(hub, new TokenSpec { TenantId = await hub.TenantOfAsync(agency), ObjectId = objectId });

    private static async Task<GraphQLResponse> SendAsync(HttpClient client, string? token, string? address = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        if (address is not null)
        {
            request.Headers.Add(ClientAddressHeader.Name, address);
        }

        return await client.SendAsync(request, token, accept);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, string? token, int count, string? address = null)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            statuses.Add((await SendAsync(client, token, address)).Status);
        }

        return statuses;
    }

    private static string? Header(GraphQLResponse response, string name) =>
        response.Message.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
