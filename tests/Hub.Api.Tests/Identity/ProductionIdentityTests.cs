using System.Net;
using System.Security.Cryptography;
using System.Text;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Tests.Identity;

/// <summary>Outside Development there is no local issuer: its endpoint is gone and its tokens fail,
/// since only Entra's keys are trusted.</summary>
public sealed class ProductionIdentityTests(ProductionIdentityTests.ProductionHub hub) : IClassFixture<ProductionIdentityTests.ProductionHub>
{
    private readonly HttpClient _client = hub.CreateClient();

    [Fact]
    public async Task DevTokenEndpoint_DoesNotExist()
    {
        var response = await _client.PostAsync("/dev/token", new StringContent("""{"agency":"NGA-MOL"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Playground_HasNoPersonas()
    {
        var config = System.Text.Json.Nodes.JsonNode.Parse(await _client.GetStringAsync("/playground/config.json"))!;

        Assert.False(config["development"]!.GetValue<bool>());
        Assert.Null(config["personas"]);
        Assert.Null(config["roleSets"]);
    }

    [Fact]
    public async Task TokenSignedWithALocalKey_IsRefused()
    {
        var localKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "local" };
        var token = TestTokens.Mint(hub, new TokenSpec { TenantId = Guid.NewGuid(), SigningKey = localKey });

        var response = await _client.PostAsync("{ me { status } }", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["INVALID_TOKEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task TokenSignedWithEntrasKey_IsAccepted()
    {
        var token = TestTokens.Mint(hub, new TokenSpec { TenantId = Guid.NewGuid(), SigningKey = ProductionHub.EntraKey });

        var response = await _client.PostAsync("{ me { status } }", token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("UNKNOWN_TENANT", response.Data!["me"]!["status"]!.GetValue<string>());
    }

    /// <summary>A Production host whose Entra metadata is stood in for by a key of the test's,
    /// since the machine has no route to Entra.</summary>
    public sealed class ProductionHub : HubFactory
    {
        public static readonly RsaSecurityKey EntraKey = new(RSA.Create(2048)) { KeyId = "entra" };

        protected override string EnvironmentName => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:PrepareDatabaseOnStart", "true");
            builder.ConfigureTestServices(services => services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                const string issuer = "https://login.microsoftonline.com/{tenantid}/v2.0";
                o.Configuration = new OpenIdConnectConfiguration { Issuer = issuer };
                o.Configuration.SigningKeys.Add(EntraKey);
                o.TokenValidationParameters.ValidIssuers = [issuer];
            }));
        }
    }
}
