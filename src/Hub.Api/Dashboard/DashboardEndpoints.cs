using Hub.Data.Entities;
using Hub.Data.Seeding;

namespace Hub.Api.Dashboard;

/// <summary>A reference dashboard of the statistics and metrics, for dashboard developers to read
/// and copy. It signs in only through the local token issuer, so it exists in Development only:
/// elsewhere neither the page nor its files are served.</summary>
internal static class DashboardEndpoints
{
    public const string Path = "/dashboard";

    // Everything the page loads comes from this server. Chartist sizes its labels with style
    // attributes, hence 'unsafe-inline' for styles only.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Whether the dashboard and its files are served: where its personas can sign in.</summary>
    public static bool IsServed(IHostEnvironment environment) => environment.IsDevelopment();

    public static WebApplication MapDashboard(this WebApplication app)
    {
        if (!IsServed(app.Environment))
        {
            return app;
        }

        app.MapGet(Path, ServePageAsync);
        app.MapGet(Path + "/config.json", () => Results.Json(new { personas = Personas }));
        return app;
    }

    private static async Task ServePageAsync(HttpContext http)
    {
        var environment = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(environment.WebRootFileProvider.GetFileInfo("dashboard/index.html"), http.RequestAborted);
    }

    /// <summary>Who reads a dashboard: each persona is an app-only token of a demo agency with the
    /// roles such a reader's app would be given.</summary>
    private static readonly object[] Personas =
    [
        new
        {
            label = "Ministry analyst (NGA-MOL)",
            agency = WellKnownAgencies.NigeriaMinistry,
            roles = new[] { HubRoles.StatisticsRead },
        },
        new
        {
            label = "Shelter NGO (NGA-SHSN)",
            agency = WellKnownAgencies.NigeriaShelter,
            roles = new[] { HubRoles.StatisticsRead, HubRoles.ProjectsRead },
        },
        new
        {
            label = "Donor's programme officer (GPAE)",
            agency = WellKnownAgencies.InternationalOrganization,
            roles = new[] { HubRoles.ProjectsRead, HubRoles.ProjectsReadFinancials },
        },
    ];
}
