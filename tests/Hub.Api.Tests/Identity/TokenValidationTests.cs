using System.Net;
using System.Security.Cryptography;
using Hub.Api.Hosting;
using Hub.Api.Identity;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Tests.Identity;

/// <summary>Every token goes through Microsoft.Identity.Web's validation, then through the agency
/// registry. Anything wrong with a token is a 401, never an anonymous answer.</summary>
public sealed class TokenValidationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Me = "{ me { agency { code } tenantId roles isApp status } }";
    private readonly HttpClient _client = hub.CreateClient();

    private async Task<TokenSpec> ValidSpecAsync(string agency = WellKnownAgencies.NigeriaShelter) =>
        new() { TenantId = await hub.TenantOfAsync(agency) };

    [Fact]
    public async Task ValidUserToken_IsAccepted_AndMeNamesTheAgency()
    {
        var response = await _client.PostAsync("{ me { agency { code kind country { code } } isApp status roles } }",
            await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.ProjectsRead]));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.ContentType);
        Snapshooter.Xunit.Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task ValidAppToken_IsAccepted_AsAnApp()
    {
        var response = await _client.PostAsync(Me, await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.StatisticsRead], app: true));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.Data!["me"]!["isApp"]!.GetValue<bool>());
        Assert.Equal("ACTIVE", response.Data!["me"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task TokenMintedInTheTest_IsAccepted()
    {
        var response = await _client.PostAsync(Me, TestTokens.Mint(hub, await ValidSpecAsync()));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(WellKnownAgencies.NigeriaShelter, response.Data!["me"]!["agency"]!["code"]!.GetValue<string>());
    }

    public static TheoryData<string> RefusedTokens => new()
    {
        "wrong signature", "wrong audience", "expired", "not yet valid", "issuer of another tenant",
        "issuer of another authority", "unsigned", "garbage",
        "HS256 signed with the public key", "unknown key id", "expired beyond the clock skew",
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task BadToken_IsRefusedWith401_AndAChallenge(string flaw)
    {
        var spec = await ValidSpecAsync();
        var other = await hub.TenantOfAsync(WellKnownAgencies.NigeriaMinistry);
        var token = flaw switch
        {
            "wrong signature" => TestTokens.Mint(hub, spec with { SigningKey = ForeignKeyWithTheDevKeyId() }),
            "wrong audience" => TestTokens.Mint(hub, spec with { Audience = "api://someone-else" }),
            "expired" => TestTokens.Mint(hub, spec with { NotBefore = DateTime.UtcNow.AddHours(-3), Expires = DateTime.UtcNow.AddHours(-1) }),
            "not yet valid" => TestTokens.Mint(hub, spec with { NotBefore = DateTime.UtcNow.AddHours(1), Expires = DateTime.UtcNow.AddHours(2) }),
            "issuer of another tenant" => TestTokens.Mint(hub, spec with { Issuer = DevTokenIssuer.EntraIssuer(other.ToString()) }),
            "issuer of another authority" => TestTokens.Mint(hub, spec with { Issuer = $"https://sts.example.org/{spec.TenantId}/v2.0" }),
            "unsigned" => TestTokens.WithoutSignature(spec.TenantId, HubRoles.ProjectsRead),
            "HS256 signed with the public key" => TestTokens.Mint(hub, spec with { SigningKey = PublicKeyAsHmacKey(), Algorithm = SecurityAlgorithms.HmacSha256 }),
            "unknown key id" => TestTokens.Mint(hub, spec with { SigningKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "no-such-key" } }),
            "expired beyond the clock skew" => TestTokens.Mint(hub, spec with { NotBefore = DateTime.UtcNow.AddHours(-2), Expires = DateTime.UtcNow.AddMinutes(-6) }),
            _ => "not-a-jwt",
        };
        var log = hub.Services.GetRequiredService<SqlCommandLog>();
        var before = log.Count;

        var response = await _client.PostAsync("{ countries { code } }", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.StartsWith("Bearer", response.Message.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(["INVALID_TOKEN"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(before, log.Count);
    }

    [Fact]
    public async Task UserTokenWithoutTheHubScope_IsRefusedWith403()
    {
        var response = await _client.PostAsync(Me, TestTokens.Mint(hub, await ValidSpecAsync() with { Scope = "User.Read" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Contains("insufficient_scope", response.Message.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(["INSUFFICIENT_SCOPE"], response.ErrorCodes);
    }

    [Fact]
    public async Task UserTokenWithNeitherScopeNorRoles_IsRefusedWith403()
    {
        var response = await _client.PostAsync(Me, TestTokens.Mint(hub, await ValidSpecAsync() with { Scope = null, Roles = [] }));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["INSUFFICIENT_SCOPE"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    // An app registration granted no app role of the Hub gets a token without roles: the Hub, not
    // Identity.Web, answers it, and says what is missing.
    [Fact]
    public async Task AppTokenWithoutRoles_GetsMe_AndMissingRole_WithWhatToDo()
    {
        var token = TestTokens.Mint(hub, TokenSpec.App((await ValidSpecAsync()).TenantId));

        var me = await _client.PostAsync(Me, token);
        var projects = await _client.PostAsync("{ projects(first: 1) { totalCount } }", token);

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Empty(me.Data!["me"]!["roles"]!.AsArray());
        Assert.True(me.Data!["me"]!["isApp"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, projects.Status);
        Assert.Equal(["MISSING_ROLE"], projects.ErrorCodes);
        Assert.Contains("administrator", projects.Json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("app role of the Hub", projects.Json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(projects.Data);
    }

    [Fact]
    public async Task UnknownTenant_GetsOnlyMe_WhichSaysWhy()
    {
        var spec = new TokenSpec { TenantId = Guid.Parse("00000000-1111-2222-3333-444444444444") };

        var me = await _client.PostAsync(Me, TestTokens.Mint(hub, spec));
        var countries = await _client.PostAsync("{ countries { code } }", TestTokens.Mint(hub, spec));

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Snapshooter.Xunit.Snapshot.Match(me.Snapshot);
        Assert.Equal(HttpStatusCode.Forbidden, countries.Status);
        Assert.Equal(["UNKNOWN_TENANT"], countries.ErrorCodes);
        Assert.Null(countries.Data);
    }

    [Fact]
    public async Task SuspendedAgency_GetsOnlyMe_WhichSaysWhy()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.SuspendedNgo, [HubRoles.ProjectsRead, HubRoles.CasesRead]);

        var me = await _client.PostAsync(Me, token);
        var agencies = await _client.PostAsync("{ me { status } agencies { code } }", token);

        Assert.Equal("SUSPENDED", me.Data!["me"]!["status"]!.GetValue<string>());
        Assert.Equal(WellKnownAgencies.SuspendedNgo, me.Data!["me"]!["agency"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, agencies.Status);
        Assert.Equal(["AGENCY_SUSPENDED"], agencies.ErrorCodes);
        Assert.Null(agencies.Data);
    }

    [Fact]
    public async Task NoToken_GetsNoData_And401()
    {
        var countries = await _client.PostAsync("{ countries { code } }");
        var me = await _client.PostAsync("{ me { status } }");

        Assert.Equal(HttpStatusCode.Unauthorized, countries.Status);
        Assert.Equal(["AUTHENTICATION_REQUIRED"], countries.ErrorCodes);
        Assert.Equal(HttpStatusCode.Unauthorized, me.Status);
        Assert.Equal(["AUTHENTICATION_REQUIRED"], me.ErrorCodes);
        Assert.Equal("Bearer", me.Message.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Null(me.Json["data"]);
    }

    // The classic key-confusion attack: the RSA public key's bytes used as an HMAC secret.
    private SymmetricSecurityKey PublicKeyAsHmacKey()
    {
        var key = hub.Services.GetRequiredService<DevSigningKey>().Key;
        return new SymmetricSecurityKey(key.Rsa.ExportSubjectPublicKeyInfo()) { KeyId = key.KeyId };
    }

    // Same key id, different key: the validator must check the signature, not trust the kid.
    private RsaSecurityKey ForeignKeyWithTheDevKeyId() =>
        new RsaSecurityKey(RSA.Create(2048)) { KeyId = hub.Services.GetRequiredService<DevSigningKey>().Key.KeyId };
}
