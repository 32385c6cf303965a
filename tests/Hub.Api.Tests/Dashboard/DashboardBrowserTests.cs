using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;

namespace Hub.Api.Tests.Dashboard;

/// <summary>The dashboard in headless Chromium, as each of its personas sees it: every chart drawn
/// with data, suppressed cells marked, a chart the persona may not see replaced by the Hub's error,
/// a chart's numbers downloaded as CSV and its document run in the playground. Nothing is requested
/// from outside the machine.</summary>
public sealed class DashboardBrowserTests(ITestOutputHelper output)
{
    private static readonly string Screenshots = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    private const string Ministry = "Ministry analyst (NGA-MOL)";
    private const string Shelter = "Shelter NGO (NGA-SHSN)";
    private const string Donor = "Donor's programme officer (GPAE)";

    [Fact]
    public async Task Dashboard_DrawsEveryChartForEachPersona_WithoutAnyOutsideRequest()
    {
        Assert.True(File.Exists(Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium"),
            "Chromium is missing: apt-get install -y chromium (the test command does).");
        Directory.CreateDirectory(Screenshots);
        await using var hub = new LargerHub();
        var url = NodeScript.Listen(hub);

        var result = JsonNode.Parse(await NodeScript.RunAsync("dashboard-page.mjs", [url, Screenshots]))!;

        output.WriteLine($"Screenshots in {Screenshots}");
        Assert.Empty(result["outsideRequests"]!.AsArray());
        Assert.Empty(result["pageErrors"]!.AsArray());
        var personas = result["personas"]!.AsArray();
        Assert.Equal([Ministry, Shelter, Donor], personas.Select(p => p!["label"]!.GetValue<string>()));
        Assert.All(personas, p => Assert.StartsWith($"Signed in as {p!["label"]!.GetValue<string>()} (app): ", p["status"]!.GetValue<string>(), StringComparison.Ordinal));

        // Those with Statistics.Read see both statistics, drawn, with their protection explained;
        // some combinations of referrals by country and year, or of exploitation types, hold too
        // few people to be published, and are marked.
        var unpublished = new[] { Ministry, Shelter }.SelectMany(p => new[] { Panel(personas, p, "referrals"), Panel(personas, p, "cases") })
            .Where(panel => panel["suppressedBars"]!.GetValue<int>() > 0).ToList();
        Assert.NotEmpty(unpublished);
        Assert.All(unpublished, panel => Assert.Contains(panel["legend"]!.AsArray(), l => l!.GetValue<string>().Contains("not published, fewer than 5 people or none", StringComparison.Ordinal)));
        foreach (var persona in new[] { Ministry, Shelter })
        {
            var referrals = Panel(personas, persona, "referrals");
            AssertDrawn(referrals);
            Assert.Contains("suppressed", referrals["protection"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Matches(@"^Total: [\d,]+ people referred$", referrals["total"]!.GetValue<string>());
            Assert.Equal("/export/referral-statistics.csv?groupBy=COUNTRY_OF_IDENTIFICATION,YEAR_OF_REFERRAL", referrals["csv"]!.GetValue<string>());

            var cases = Panel(personas, persona, "cases");
            AssertDrawn(cases);
            Assert.Equal("/export/case-statistics.csv?groupBy=EXPLOITATION_TYPE", cases["csv"]!.GetValue<string>());
            Assert.Contains("Forced labour", cases["axisLabels"]!.AsArray().Select(l => l!.GetValue<string>()));
        }

        // A value withheld from the caller is named so, never left blank.
        var ministryCases = Panel(personas, Ministry, "cases");
        Assert.All(
            personas.SelectMany(p => p!["panels"]!.AsArray()).Where(c => c!["withheldBars"]!.GetValue<int>() > 0),
            c => Assert.Contains("withheld", c!["axisLabels"]!.AsArray().Select(l => l!.GetValue<string>())));
        Assert.Contains("CasesByExploitationType", ministryCases["document"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("/playground#query=query+CasesByExploitationType", ministryCases["playground"]!.GetValue<string>(), StringComparison.Ordinal);

        // Without Statistics.Read, the statistics show the Hub's refusal in their place.
        foreach (var chart in new[] { "referrals", "cases" })
        {
            var refused = Panel(personas, Donor, chart);
            Assert.Equal("error", refused["state"]!.GetValue<string>());
            Assert.Equal("MISSING_ROLE", refused["errorCode"]!.GetValue<string>());
            Assert.Contains("Statistics.Read", refused["error"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.EndsWith("(MISSING_ROLE)", refused["error"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(0, refused["bars"]!.GetValue<int>());
        }

        // Project metrics and capacity building are open to Projects.Read and to Statistics.Read.
        foreach (var persona in new[] { Ministry, Shelter, Donor })
        {
            var capacity = Panel(personas, persona, "capacity");
            AssertDrawn(capacity);
            Assert.Equal(["Female", "Male", "Other"], capacity["legend"]!.AsArray().Select(l => l!.GetValue<string>()));
            Assert.Contains("NGO staff", capacity["axisLabels"]!.AsArray().Select(l => l!.GetValue<string>()));
            Assert.Matches(@"^Total: [\d,]+ participants in [\d,]+ activities$", capacity["total"]!.GetValue<string>());

            var projects = Panel(personas, persona, "projects");
            AssertDrawn(projects);
            Assert.Equal(["Target", "Result"], projects["legend"]!.AsArray().Select(l => l!.GetValue<string>()));
            Assert.Equal(8, projects["bars"]!.GetValue<int>());
            Assert.Matches(@"^Total: [\d,]+ projects$", projects["total"]!.GetValue<string>());
        }

        // Another measure of project results draws the same cells again with other numbers.
        var measures = result["measures"]!;
        Assert.Equal(8, measures["trained"]!.AsArray().Count);
        Assert.NotEqual(measures["assisted"]!.ToJsonString(), measures["trained"]!.ToJsonString());

        var csv = result["csv"]!;
        Assert.Equal("referral-statistics.csv", csv["fileName"]!.GetValue<string>());
        var lines = csv["text"]!.GetValue<string>().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("level,countryOfIdentification,yearOfReferral,value,suppressed", lines[0]);
        Assert.StartsWith("#meta+level,", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("cell,", StringComparison.Ordinal) && l.EndsWith(",false", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("cell,", StringComparison.Ordinal) && l.EndsWith(",true", StringComparison.Ordinal));
        Assert.StartsWith("total,", lines[^1], StringComparison.Ordinal);

        Assert.Equal("Signed in as Ministry (NGA-MOL) (app): Statistics.Read", result["playgroundStatus"]!.GetValue<string>());
        Assert.NotEmpty(result["playgroundAnswer"]!["data"]!["caseStatistics"]!["cells"]!.AsArray());
    }

    private static JsonNode Panel(JsonArray personas, string persona, string chart) =>
        personas.Single(p => p!["label"]!.GetValue<string>() == persona)!["panels"]!.AsArray().Single(c => c!["chart"]!.GetValue<string>() == chart)!;

    private static void AssertDrawn(JsonNode panel)
    {
        var name = panel["chart"]!.GetValue<string>();
        Assert.True(panel["state"]!.GetValue<string>() == "ready", $"{name}: {panel["state"]} {panel["error"]}");
        Assert.True(panel["bars"]!.GetValue<int>() > panel["suppressedBars"]!.GetValue<int>(), $"{name}: no bar with a published value");
        Assert.NotEmpty(panel["axisLabels"]!.AsArray());
        Assert.NotEmpty(panel["legend"]!.AsArray());
    }

    /// <summary>Enough cases that each persona's statistics have published cells and small ones.</summary>
    private sealed class LargerHub : HubFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:DemoCaseCount", "3000");
        }
    }
}
