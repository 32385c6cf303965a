using System.Text;
using Hub.Api.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Mints Entra-shaped access tokens in the test, signed with the Hub's development key
/// unless told otherwise, so that each claim can be bent on its own.</summary>
public static class TestTokens
{
    public const string HubClientId = "7d3c9a52-1f4e-4b8a-9c6d-2e5f8a1b3c4d";

    public static string Mint(HubFactory hub, TokenSpec spec) => Mint(hub.Services, spec);

    /// <summary>A token for the Hub whose services are <paramref name="services"/>.</summary>
    public static string Mint(IServiceProvider services, TokenSpec spec)
    {
        var claims = new Dictionary<string, object>
        {
            ["aud"] = spec.Audience ?? HubClientId,
            ["tid"] = spec.TenantId.ToString(),
            ["oid"] = spec.ObjectId,
            ["sub"] = spec.IsApp ? spec.ObjectId : "pairwise-" + spec.ObjectId,
            ["azp"] = DevTokenIssuer.ClientAppId,
            ["idtyp"] = spec.IsApp ? "app" : "user",
            ["ver"] = "2.0",
        };
        if (spec.Roles.Count > 0)
        {
            claims["roles"] = spec.Roles.ToArray();
        }

        if (spec.Scope is not null)
        {
            claims["scp"] = spec.Scope;
        }

        // The real clock, not the Hub's: Microsoft.Identity.Web validates lifetimes against it.
        var now = DateTime.UtcNow;
        var key = spec.SigningKey ?? services.GetRequiredService<DevSigningKey>().Key;
        return DevTokenIssuer.Sign(claims, spec.Issuer ?? DevTokenIssuer.EntraIssuer(spec.TenantId.ToString()),
            spec.NotBefore ?? now.AddMinutes(-1), spec.Expires ?? now.AddHours(1), key, spec.Algorithm);
    }

    /// <summary>A token with <c>alg: none</c>: no signature at all.</summary>
    public static string WithoutSignature(Guid tenantId, params string[] roles)
    {
        static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var payload = $$"""{"aud":"{{HubClientId}}","iss":"https://login.microsoftonline.com/{{tenantId}}/v2.0","tid":"{{tenantId}}","oid":"{{Guid.Empty}}","sub":"{{Guid.Empty}}","idtyp":"app","ver":"2.0","exp":{{exp}},"roles":["{{string.Join("\",\"", roles)}}"]}""";
        return Encode("""{"alg":"none","typ":"JWT"}""") + "." + Encode(payload) + ".";
    }
}
