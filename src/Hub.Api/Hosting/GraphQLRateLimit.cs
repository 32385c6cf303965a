using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GraphQL;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Http;
using Hub.Api.Options;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Hosting;

/// <summary>Counts each GraphQL request against its caller's allowance and its agency tenant's
/// ceiling (or its client address's allowance when anonymous), tells the client where it stands
/// on every answer, and refuses with 429 when any allowance is spent.</summary>
internal sealed class GraphQLRateLimit(RateLimitWindows windows, IOptions<LimitsOptions> limits, IGraphQLTextSerializer serializer) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var quotas = QuotasOf(http, limits.Value);
        var decision = windows.Acquire(quotas);

        // Set when the answer starts, so that they survive an error page that clears the headers.
        http.Response.OnStarting(() =>
        {
            WriteHeaders(http.Response, quotas, decision);
            return Task.CompletedTask;
        });
        if (decision.Admitted)
        {
            return await next(context);
        }

        var mediaType = ResponseMediaType.Negotiate(http.Request.Headers.Accept) ?? ResponseMediaType.Json;
        await serializer.WriteErrorAsync(http, mediaType, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"Too many requests: wait {decision.Closest.ResetSeconds} seconds before trying again.");
        return Results.Empty;
    }

    // The tenant and object id of a validated token only: from an unvalidated one anyone could
    // spend another agency's allowance. A token that fails validation counts by address. Entra
    // always sends oid; were it missing, such callers of a tenant would share one allowance.
    private static Quota[] QuotasOf(HttpContext http, LimitsOptions limits)
    {
        var perCaller = limits.CallerRequestsPerMinute();
        if (http.User.Identity?.IsAuthenticated == true && http.User.GetTenantId() is { Length: > 0 } claimed)
        {
            // One spelling per tenant, as the registry reads it: the tenant's ceiling is one.
            var tenant = Guid.TryParse(claimed, out var id) ? id.ToString() : claimed;
            return
            [
                new Quota("agency", "tenant:" + tenant, limits.RequestsPerMinute),
                new Quota("caller", "caller:" + tenant + "/" + http.User.GetObjectId(), perCaller),
            ];
        }

        return [new Quota("address", "address:" + AddressPartition(http.Connection.RemoteIpAddress), perCaller)];
    }

    // One IPv6 subscriber holds a whole /64 and can move freely within it, so the /64 is the caller.
    private static string AddressPartition(IPAddress? address)
    {
        if (address is null)
        {
            return "";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static void WriteHeaders(HttpResponse response, Quota[] quotas, RateLimitDecision decision)
    {
        var window = (int)RateLimitWindows.Length.TotalSeconds;
        response.Headers[RateLimitHeaders.Policy] = string.Join(", ", quotas.Select(q =>
            string.Create(CultureInfo.InvariantCulture, $"\"{q.Policy}\";q={q.Limit};w={window}")));
        var closest = decision.Closest;
        response.Headers[RateLimitHeaders.Limit] = string.Create(CultureInfo.InvariantCulture, $"\"{closest.Policy}\";r={closest.Remaining};t={closest.ResetSeconds}");
        if (!decision.Admitted)
        {
            response.Headers[HeaderNames.RetryAfter] = closest.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        }
    }
}
