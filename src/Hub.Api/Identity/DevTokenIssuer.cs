using System.Security.Cryptography;
using System.Text;
using Hub.Api.Options;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Identity;

/// <summary>Development-only issuer of tokens shaped like Entra v2 access tokens, so that local
/// calls go through the same validation as production. Its clock is the real one, never the Hub's
/// (which tests may set elsewhere): Microsoft.Identity.Web checks a token's lifetime against the
/// real clock, so a token dated by any other would be refused.</summary>
internal sealed class DevTokenIssuer(DevSigningKey key, IOptions<EntraOptions> entra, HubDbContext db, TimeProvider realClock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>The client id of the local "playground" app that asks for tokens.</summary>
    public const string ClientAppId = "0b6f3e1c-5d0e-4a37-9a51-7c7f3f6c2a10";

    public async Task<DevTokenResult> IssueAsync(DevTokenRequest request, CancellationToken cancellationToken)
    {
        var roles = request.Roles ?? [];
        var unknown = roles.Except(HubRoles.All, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return DevTokenResult.Fail($"Unknown role(s): {string.Join(", ", unknown)}. Known roles: {string.Join(", ", HubRoles.All)}.");
        }

        Guid tenantId;
        if (request.Agency is { Length: > 0 } code)
        {
            var tenants = await db.AgencyTenants
                .Where(t => db.Agencies.Any(a => a.Id == t.AgencyId && a.Code == code))
                .Select(t => t.TenantId).ToListAsync(cancellationToken);
            if (tenants.Count == 0)
            {
                return DevTokenResult.Fail($"No agency has the code '{code}'.");
            }

            tenantId = tenants.Min();
        }
        else if (!Guid.TryParse(request.Tenant, out tenantId))
        {
            return DevTokenResult.Fail("Give an agency code in 'agency', or a tenant id in 'tenant'.");
        }

        if (request.User is { } user && !Guid.TryParse(user, out _))
        {
            return DevTokenResult.Fail("'user' is an Entra object id (a GUID).");
        }

        var objectId = request.User ?? DeterministicId(tenantId, request.App ? "app" : "user").ToString();
        var now = realClock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            ["aud"] = entra.Value.ClientId,
            ["tid"] = tenantId.ToString(),
            ["oid"] = objectId,
            // A user's sub is pairwise in Entra (never equal to oid); an app's is its own oid.
            ["sub"] = request.App ? objectId : DeterministicId(tenantId, "sub:" + objectId).ToString(),
            ["azp"] = ClientAppId,
            ["azpacr"] = "1",
            ["idtyp"] = request.App ? "app" : "user",
            ["ver"] = "2.0",
            ["uti"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16)),
        };
        if (roles.Length > 0)
        {
            claims["roles"] = roles.Distinct(StringComparer.Ordinal).ToArray();
        }

        if (!request.App)
        {
            claims["scp"] = HubRoles.Scope;
        }

        var expires = now + Lifetime;
        var token = Sign(claims, issuer: EntraIssuer(tenantId.ToString()), now, expires, key.Key);
        return new DevTokenResult(token, tenantId.ToString(), expires, null);
    }

    public static string EntraIssuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    public static string Sign(IDictionary<string, object> claims, string issuer, DateTime notBefore, DateTime expires, SecurityKey signingKey,
        string algorithm = SecurityAlgorithms.RsaSha256) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Claims = claims,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signingKey, algorithm),
        });

    private static Guid DeterministicId(Guid tenantId, string purpose)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId:N}:{purpose}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
