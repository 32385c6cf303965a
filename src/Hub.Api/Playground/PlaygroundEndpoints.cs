using Hub.Api.Identity;
using Hub.Data.Entities;
using Hub.Data.Seeding;

namespace Hub.Api.Playground;

/// <summary>The playground page and its configuration. Personas exist in Development only, where
/// the local token issuer does.</summary>
internal static class PlaygroundEndpoints
{
    public const string Path = "/playground";

    // Everything the page loads comes from this server; the CSP makes a browser refuse anything else.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static WebApplication MapPlayground(this WebApplication app)
    {
        app.MapGet(Path, ServePageAsync);
        app.MapGet(Path + "/config.json", (IHostEnvironment environment, TimeProvider clock, OperatorTenant operatorTenant) =>
            Results.Json(Config(environment.IsDevelopment(), clock.GetUtcNow().UtcDateTime, operatorTenant.Id)));
        return app;
    }

    public static async Task ServePageAsync(HttpContext http)
    {
        var environment = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(environment.WebRootFileProvider.GetFileInfo("playground/index.html"), http.RequestAborted);
    }

    private static object Config(bool development, DateTime now, Guid? operatorTenant) => new
    {
        development,
        purposes = Enum.GetValues<Purpose>().Select(p => new { value = Constant(p.ToString()), label = p.ToString() }),
        // The operator signs in from its own tenant, which need not be any agency's.
        personas = development ? (operatorTenant is { } tenant ? [.. Personas, new { label = OperatorPersona, tenant = tenant.ToString() }] : Personas) : null,
        roleSets = development ? RoleSets : null,
        examples = PlaygroundExamples.For(now).Select(e => new { title = e.Title, query = e.Query, variables = e.Variables }),
    };

    /// <summary>The persona of the Hub's operator (Hub:OperatorTenantId), as the examples name it.</summary>
    public const string OperatorPersona = "Hub operator (operator tenant)";

    private static readonly object[] Personas =
    [
        new { label = "Ministry (NGA-MOL)", agency = WellKnownAgencies.NigeriaMinistry },
        new { label = "Shelter NGO (NGA-SHSN)", agency = WellKnownAgencies.NigeriaShelter },
        new { label = "Legal aid NGO (THA-MLAC)", agency = WellKnownAgencies.ThailandLegalAid },
        new { label = "International organisation (GPAE)", agency = WellKnownAgencies.InternationalOrganization },
        new { label = "Migration agency mission (MAM-NGA)", agency = WellKnownAgencies.NigeriaMission },
        new { label = "Suspended NGO (KEN-BFO)", agency = WellKnownAgencies.SuspendedNgo },
        new { label = "Unknown tenant", tenant = "0f0f0f0f-0000-4000-8000-00000000000f" },
    ];

    private static readonly object[] RoleSets =
    [
        // A case worker registers, refers and answers referrals, and records the person's consent.
        new { label = "Case worker", roles = new[] { HubRoles.CasesRead, HubRoles.CasesReadIdentity, HubRoles.CasesWrite, HubRoles.ConsentManage, HubRoles.ProjectsRead } },
        new { label = "Analyst", roles = new[] { HubRoles.CasesRead, HubRoles.StatisticsRead, HubRoles.ProjectsRead } },
        new { label = "Auditor", roles = new[] { HubRoles.CasesRead, HubRoles.AuditRead } },
        // An agency's administrator manages its trusted documents; the operator's keeps the registry.
        new { label = "Administrator", roles = new[] { HubRoles.HubAdmin } },
        // A programme officer keeps the projects its agency leads and their activities.
        new { label = "Programme officer", roles = new[] { HubRoles.ProjectsRead, HubRoles.ProjectsReadFinancials, HubRoles.ProjectsWrite } },
        new { label = "Every role", roles = HubRoles.All.ToArray() },
        new { label = "No roles", roles = Array.Empty<string>() },
    ];

    private static string Constant(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
