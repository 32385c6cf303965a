using GraphQL;
using Hub.Api.Dashboard;
using Hub.Api.Exports;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Http;
using Hub.Api.Identity;
using Hub.Api.Imports;
using Hub.Api.Playground;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hub.Api.Hosting;

internal static class HubEndpoints
{
    public static WebApplication MapHub(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // The pages' files from wwwroot; the dashboard's only where the dashboard itself is served.
        var dashboard = DashboardEndpoints.IsServed(app.Environment);
        app.UseWhen(http => dashboard || !http.Request.Path.StartsWithSegments(DashboardEndpoints.Path), files => files.UseStaticFiles());
        app.MapPlayground();
        app.MapDashboard();
        app.UseCors();
        app.UseAuthentication();
        app.MapMethods(GraphQLEndpoint.Path, [HttpMethods.Get, HttpMethods.Post],
                (HttpContext http, GraphQLEndpoint endpoint) => endpoint.HandleAsync(http))
            .WithHubTraffic();
        app.MapPost(ImportEndpoint.Path, (HttpContext http, string kind, ImportEndpoint endpoint) => endpoint.HandleAsync(http, kind))
            .WithHubTraffic();
        app.MapMethods(ImportEndpoint.Path, [HttpMethods.Get, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch],
            async (HttpContext http, IGraphQLTextSerializer serializer) =>
            {
                http.Response.Headers.Allow = "POST";
                await serializer.WriteErrorAsync(http, ResponseMediaType.Json, StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Send an import file with POST.");
            })
            .WithHubTraffic();
        app.MapGet(ExportEndpoint.Path, (HttpContext http, string file, ExportEndpoint endpoint) => endpoint.HandleAsync(http, file))
            .WithHubTraffic();
        app.MapMethods(ExportEndpoint.Path, [HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch],
            async (HttpContext http, IGraphQLTextSerializer serializer) =>
            {
                http.Response.Headers.Allow = "GET";
                await serializer.WriteErrorAsync(http, ResponseMediaType.Json, StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Ask for an export with GET.");
            })
            .WithHubTraffic();
        // Any other method gets an error shaped like every other, with its code and trace id.
        app.MapMethods(GraphQLEndpoint.Path, [HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch],
            async (HttpContext http, IGraphQLTextSerializer serializer) =>
            {
                http.Response.Headers.Allow = "GET, POST";
                await serializer.WriteErrorAsync(http, ResponseMediaType.Negotiate(http.Request.Headers.Accept) ?? ResponseMediaType.Json,
                    StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Send GraphQL requests with GET (queries) or POST.");
            })
            .WithHubTraffic();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

        if (app.Environment.IsDevelopment())
        {
            app.MapPost("/dev/token", async (HttpRequest http, DevTokenIssuer issuer, CancellationToken cancellationToken) =>
            {
                // Read here rather than bound, so that a body that is not such an object is the
                // client's 400 like every other refusal, not an exception.
                DevTokenRequest? request;
                try
                {
                    request = await http.ReadFromJsonAsync<DevTokenRequest>(cancellationToken);
                }
                catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
                {
                    request = null;
                }

                if (request is null)
                {
                    return Results.BadRequest(new { error = "Send a JSON object: { \"agency\": \"CODE\", \"roles\": [\"Cases.Read\"] }, with Content-Type: application/json." });
                }

                var result = await issuer.IssueAsync(request, cancellationToken);
                return result.Error is null
                    ? Results.Ok(new { token = result.Token, tenantId = result.TenantId, expiresOn = result.ExpiresOn })
                    : Results.BadRequest(new { error = result.Error });
            });
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                app.Logger.Listening(address.TrimEnd('/') + GraphQLEndpoint.Path);
            }
        });
        return app;
    }
}
