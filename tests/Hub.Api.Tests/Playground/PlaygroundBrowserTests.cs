using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;

namespace Hub.Api.Tests.Playground;

/// <summary>The playground in headless Chromium, as a dashboard developer uses it: pick a persona,
/// run an example, read the result; a persona without consent sees withheld fields; a shelter's
/// case worker registers a case from its tab. Nothing is requested from outside the machine.</summary>
public sealed class PlaygroundBrowserTests(ITestOutputHelper output)
{
    private static readonly string Screenshots = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    [Fact]
    public async Task Playground_RunsExamplesAsPersonas_WithoutAnyOutsideRequest()
    {
        Assert.True(File.Exists(Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium"),
            "Chromium is missing: apt-get install -y chromium (the test command does).");
        Directory.CreateDirectory(Screenshots);
        await using var hub = new LargerHub();
        var url = NodeScript.Listen(hub);

        var result = JsonNode.Parse(await NodeScript.RunAsync("playground.mjs", [url, Screenshots]))!;

        output.WriteLine($"Screenshots in {Screenshots}");
        Assert.Empty(result["outsideRequests"]!.AsArray());
        Assert.Empty(result["pageErrors"]!.AsArray());
        Assert.Equal(
            ["MinistryReferrals", "ProjectsInCountry", "MyCases", "WhatIsWithheld", "RegisterCase", "GrantConsent", "ReferCase", "IncomingReferrals", "CreateProject", "Registry", "Suspend"],
            result["tabs"]!.AsArray().Select(t => t!.GetValue<string>().Trim()));
        Assert.StartsWith("Signed in as Ministry (NGA-MOL)", result["status"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEmpty(result["referrals"]!["data"]!["referrals"]!["nodes"]!.AsArray());
        var reasons = result["withheld"]!["data"]!["referrals"]!["nodes"]!.AsArray()
            .SelectMany(n => n!["case"]?["withheld"]?.AsArray() ?? []).Select(w => w!["reason"]!.GetValue<string>()).ToList();
        Assert.Contains("NO_CONSENT", reasons);

        Assert.StartsWith("Signed in as Shelter NGO (NGA-SHSN)", result["registerStatus"]!.GetValue<string>(), StringComparison.Ordinal);
        var registered = result["registered"]!["data"]!["registerCase"]!;
        Assert.Empty(registered["errors"]!.AsArray());
        Assert.Equal(1, registered["case"]!["version"]!.GetValue<int>());
    }

    /// <summary>Enough cases that the personas have referrals on both sides.</summary>
    private sealed class LargerHub : HubFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:DemoCaseCount", "3000");
        }
    }
}
