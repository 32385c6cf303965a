namespace Hub.Api.Identity;

/// <summary>The body of <c>POST /dev/token</c>: an agency code (or a raw tenant id, to try an
/// unknown tenant), the app roles, and whether the token is an app's or a user's.</summary>
internal sealed record DevTokenRequest(string? Agency, string? Tenant, string[]? Roles, bool App = false, string? User = null);
