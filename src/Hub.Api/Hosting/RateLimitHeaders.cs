namespace Hub.Api.Hosting;

/// <summary>The rate-limit header fields of draft-ietf-httpapi-ratelimit-headers (the form with
/// structured fields: a policy list and the one limit closest to running out).</summary>
internal static class RateLimitHeaders
{
    public const string Policy = "RateLimit-Policy";
    public const string Limit = "RateLimit";
}
