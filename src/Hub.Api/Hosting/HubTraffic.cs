using System.Globalization;
using System.Threading.RateLimiting;
using Hub.Api.Options;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Hosting;

/// <summary>Who may call from a browser (CORS) and how often (rate limits per agency tenant, or per
/// client address when anonymous).</summary>
internal static class HubTraffic
{
    public const string GraphQLPolicy = "graphql";

    public static IServiceCollection AddHubTraffic(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<LimitsOptions>>((cors, limits) =>
            cors.AddPolicy(GraphQLPolicy, policy => policy
                .WithOrigins(limits.Value.AllowedOrigins)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                // traceparent and tracestate: W3C trace context, sent by instrumented dashboards.
                .WithHeaders("authorization", "content-type", "accept", "traceparent", "tracestate")
                .WithExposedHeaders(HeaderNames.RetryAfter, RateLimitHeaders.Policy, RateLimitHeaders.Limit)
                // Two hours is the longest Chromium keeps a preflight; the real answer is still
                // checked against the allowed origins, so a removed origin loses access at once.
                .SetPreflightMaxAge(TimeSpan.FromHours(2))));

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(GraphQLPolicy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(PartitionOf(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                context.HttpContext.Response.ContentType = "application/json; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    """{"errors":[{"message":"Too many requests: wait before trying again.","extensions":{"code":"RATE_LIMITED"}}]}""", cancellationToken);
            };
        });
        return services;
    }

    // The tenant of a validated token (never of an unvalidated one, or anyone could spend another
    // agency's allowance); the client address otherwise.
    private static string PartitionOf(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && http.User.GetTenantId() is { } tenant
            ? "tenant:" + tenant
            : "address:" + http.Connection.RemoteIpAddress;
}
