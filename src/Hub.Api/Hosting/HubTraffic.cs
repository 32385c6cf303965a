using Hub.Api.Options;
using Hub.Api.Writes;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Hosting;

/// <summary>Who may call from a browser (CORS) and how often (a per-caller allowance under a
/// per-agency-tenant ceiling, or per client address when anonymous).</summary>
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
                // traceparent and tracestate: W3C trace context, sent by instrumented dashboards;
                // a page that writes may retry with an Idempotency-Key and learn it was replayed.
                .WithHeaders("authorization", "content-type", "accept", "traceparent", "tracestate", IdempotencyKey.Header)
                .WithExposedHeaders(HeaderNames.RetryAfter, RateLimitHeaders.Policy, RateLimitHeaders.Limit, IdempotencyKey.ReplayedHeader)
                // Two hours is the longest Chromium keeps a preflight; the real answer is still
                // checked against the allowed origins, so a removed origin loses access at once.
                .SetPreflightMaxAge(TimeSpan.FromHours(2))));

        services.AddOptions<LimitsOptions>()
            .Validate(o => o.RequestsPerMinute > 0 && o.RequestsPerMinutePerCaller is null or > 0 && o.MaxRateLimitPartitions > 0,
                "Hub:Limits:RequestsPerMinute, RequestsPerMinutePerCaller and MaxRateLimitPartitions must be positive.")
            .ValidateOnStart();
        services.AddSingleton<RateLimitWindows>();
        return services;
    }

    public static RouteHandlerBuilder WithHubTraffic(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireCors(GraphQLPolicy).AddEndpointFilter<GraphQLRateLimit>();
}
