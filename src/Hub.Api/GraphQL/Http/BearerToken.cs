using System.Security.Claims;
using Hub.Api.Identity;
using Hub.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Hub.Api.GraphQL.Http;

/// <summary>The two checks of the bearer token that every endpoint of the Hub makes before it asks
/// the registry: a token that was sent and fails validation is refused (it must not quietly become
/// an anonymous request), and a user token without the Hub's delegated scope is refused.</summary>
internal static class BearerToken
{
    /// <summary>The validated principal (anonymous when no token was sent), or why the token is refused.</summary>
    public static async Task<(ClaimsPrincipal User, Refusal? Refusal)> ValidateAsync(HttpContext http)
    {
        var authentication = http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult
            ?? await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!authentication.Succeeded && http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await http.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
            return (http.User, new Refusal(ErrorCodes.InvalidToken, "The access token is invalid or expired."));
        }

        return (authentication.Principal ?? http.User, null);
    }

    /// <summary>Why the caller's token is refused for its scope, or null.</summary>
    public static Refusal? Scope(HttpContext http, Caller caller)
    {
        if (caller.Status != CallerStatus.MissingScope)
        {
            return null;
        }

        http.Response.Headers.WWWAuthenticate = $"Bearer error=\"insufficient_scope\", scope=\"{HubRoles.Scope}\"";
        return new Refusal(ErrorCodes.InsufficientScope, $"A user token needs the delegated scope '{HubRoles.Scope}'.");
    }
}
