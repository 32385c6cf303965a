using System.Net;
using System.Text;
using Hub.Api.Identity;
using Hub.Api.Options;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;

namespace Hub.Api.Tests.Identity;

public sealed class DevTokenTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private readonly HttpClient _client = hub.CreateClient();

    [Theory]
    [InlineData("""{"agency":"NO-SUCH","roles":["Cases.Read"]}""", "No agency has the code")]
    [InlineData("""{"agency":"NGA-MOL","roles":["Cases.ReadEverything"]}""", "Unknown role")]
    [InlineData("""{"roles":["Cases.Read"]}""", "Give an agency code")]
    [InlineData("""{"agency":"NGA-MOL","user":"bob@example.org"}""", "object id")]
    public async Task DevToken_RefusesWhatItCannotIssue(string body, string message)
    {
        var response = await _client.PostAsync("/dev/token", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", "application/json")]
    [InlineData("null", "application/json")]
    [InlineData("[1]", "application/json")]
    [InlineData("""{"agency": 5}""", "application/json")]
    [InlineData("""{"agency":"NGA-MOL","roles":["Cases.Read"]}""", "text/plain")]
    public async Task DevToken_AnswersABodyThatIsNotItsObject_WithA400(string body, string mediaType)
    {
        var response = await _client.PostAsync("/dev/token", new StringContent(body, Encoding.UTF8, mediaType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Send a JSON object", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevToken_ForARawTenant_GivesAnUnknownTenantCaller()
    {
        var body = """{"tenant":"0f0f0f0f-0000-4000-8000-000000000001","roles":["Projects.Read"]}""";
        var response = await _client.PostAsync("/dev/token", new StringContent(body, Encoding.UTF8, "application/json"));
        var token = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();

        var me = await _client.PostAsync("{ me { status tenantId agency { code } } }", token);

        Assert.Equal("UNKNOWN_TENANT", me.Data!["me"]!["status"]!.GetValue<string>());
        Assert.Null(me.Data!["me"]!["agency"]);
    }

    [Fact]
    public async Task DevToken_CarriesTheEntraV2Shape()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.CasesRead]);
        var jwt = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token);
        var tenant = await hub.TenantOfAsync(WellKnownAgencies.NigeriaMinistry);

        Assert.Equal($"https://login.microsoftonline.com/{tenant}/v2.0", jwt.Issuer);
        Assert.Equal([TestTokens.HubClientId], jwt.Audiences);
        Assert.Equal("2.0", jwt.GetClaim("ver").Value);
        Assert.Equal(HubRoles.Scope, jwt.GetClaim("scp").Value);
        Assert.Equal("RS256", jwt.Alg);
        Assert.NotEqual(jwt.GetClaim("oid").Value, jwt.Subject);
    }

    // Instances on one data folder that start at once each find no key and make one: the first
    // written is the one every instance signs and validates with, or one instance's tokens fail on the other.
    [Fact]
    public async Task InstancesMakingTheSigningKeyAtOnce_AllUseTheOneWrittenFirst()
    {
        var folder = Directory.CreateTempSubdirectory("hub-key-").FullName;
        try
        {
            using var start = new Barrier(8);
            var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                return new DevSigningKey(new DataFolder(folder)).Key.KeyId;
            })));

            Assert.Single(keys.Distinct(StringComparer.Ordinal));
            Assert.Equal(keys[0], new DevSigningKey(new DataFolder(folder)).Key.KeyId);
            Assert.Equal([DevSigningKey.FileName], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
