using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;

namespace Hub.Api.Tests.Dashboard;

public sealed partial class DashboardPageTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private readonly HttpClient _client = hub.CreateClient();

    [Fact]
    public async Task InDevelopment_TheDashboardIsServed_WithAPolicyThatAllowsNoOtherOrigin()
    {
        var response = await _client.GetAsync("/dashboard");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain(policy, d => d.Contains("unsafe-eval", StringComparison.Ordinal) || d.Contains('*', StringComparison.Ordinal));
        Assert.DoesNotContain(policy, d => d.StartsWith("script-src", StringComparison.Ordinal) && d.Contains("unsafe-inline", StringComparison.Ordinal));
        Assert.Contains("<title>The Hub · Dashboard</title>", html, StringComparison.Ordinal);
        Assert.Contains("<select id=\"hub-persona\">", html, StringComparison.Ordinal);
        Assert.Equal(["/dashboard/vendor/chartist.umd.js", "/dashboard/dashboard.js"], ScriptSource().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Equal(["/dashboard/vendor/chartist.css", "/dashboard/dashboard.css"], StylesheetSource().Matches(html).Select(m => m.Groups[1].Value));
        Assert.DoesNotMatch("<script>|<script [^>]*>[^<]", html);
    }

    [Theory]
    [InlineData("/dashboard/vendor/chartist.umd.js", "text/javascript", "BarChart")]
    [InlineData("/dashboard/vendor/chartist.css", "text/css", ".ct-bar")]
    [InlineData("/dashboard/dashboard.js", "text/javascript", "fetch('/dashboard/config.json')")]
    [InlineData("/dashboard/charts.js", "text/javascript", "referralStatistics(groupBy: [COUNTRY_OF_IDENTIFICATION, YEAR_OF_REFERRAL])")]
    [InlineData("/dashboard/dashboard.css", "text/css", ".hub-suppressed")]
    public async Task InDevelopment_TheDashboardsFiles_AreServedByTheHub(string path, string mediaType, string marker)
    {
        var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(marker, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_AndEveryFileItLoads_NameNoOtherHost()
    {
        var files = await LoadedFilesAsync("/dashboard");

        Assert.Contains("/dashboard/hub.js", files.Keys);
        Assert.Contains("/dashboard/bars.js", files.Keys);
        foreach (var (path, text) in files)
        {
            var urls = AbsoluteUrl().Matches(text).Select(m => m.Value).ToList();
            if (path.StartsWith("/dashboard/vendor/", StringComparison.Ordinal))
            {
                // Chartist names the XML namespaces of the SVG it writes; a namespace is never fetched.
                Assert.All(urls, url => Assert.Matches(@"^http://(www\.w3\.org/(2000/svg|2000/xmlns/|1999/xhtml|1999/xlink)|gionkunz\.github\.com/chartist-js/ct)$", url));
            }
            else
            {
                Assert.Empty(urls);
            }
        }
    }

    [Fact]
    public async Task InDevelopment_ThePersonasAreDemoAgencies_WithTheRolesOfTheirReaders()
    {
        var personas = JsonNode.Parse(await _client.GetStringAsync("/dashboard/config.json"))!["personas"]!.AsArray();

        Assert.Equal(
            [
                ("Ministry analyst (NGA-MOL)", "NGA-MOL", HubRoles.StatisticsRead),
                ("Shelter NGO (NGA-SHSN)", "NGA-SHSN", $"{HubRoles.StatisticsRead} {HubRoles.ProjectsRead}"),
                ("Donor's programme officer (GPAE)", "GPAE", $"{HubRoles.ProjectsRead} {HubRoles.ProjectsReadFinancials}"),
            ],
            personas.Select(p => (
                p!["label"]!.GetValue<string>(),
                p["agency"]!.GetValue<string>(),
                string.Join(' ', p["roles"]!.AsArray().Select(r => r!.GetValue<string>())))));
        foreach (var persona in personas)
        {
            var roles = persona!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToArray();
            Assert.False(string.IsNullOrEmpty(await _client.DevTokenAsync(persona["agency"]!.GetValue<string>(), roles, app: true)));
        }
    }

    // The page, its stylesheets and scripts, and the modules those import, by path.
    private async Task<Dictionary<string, string>> LoadedFilesAsync(string page)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Queue<string>([page]);
        while (pending.TryDequeue(out var path))
        {
            if (files.ContainsKey(path))
            {
                continue;
            }

            var response = await _client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            var text = await response.Content.ReadAsStringAsync();
            files[path] = text;
            var references = path == page
                ? ScriptSource().Matches(text).Concat(StylesheetSource().Matches(text))
                : path.EndsWith(".js", StringComparison.Ordinal) ? ModuleImport().Matches(text) : [];
            foreach (var reference in references.Select(m => m.Groups[1].Value))
            {
                pending.Enqueue(reference.StartsWith("./", StringComparison.Ordinal) ? path[..(path.LastIndexOf('/') + 1)] + reference[2..] : reference);
            }
        }

        return files;
    }

    [GeneratedRegex("<script (?:type=\"module\" )?src=\"([^\"]+)\"></script>")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\">")]
    private static partial Regex StylesheetSource();

    [GeneratedRegex(@"^import [^;]+ from '([^']+)';", RegexOptions.Multiline)]
    private static partial Regex ModuleImport();

    [GeneratedRegex(@"https?://[^\s""'`)<>]+")]
    private static partial Regex AbsoluteUrl();
}
