using System.Diagnostics;
using System.Text.Json;
using Hub.Api.Identity;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Api.Tests.GraphQL;

/// <summary>The graphql-http audits of the GraphQL-over-HTTP spec, run by node against a Hub
/// listening on a real socket.</summary>
public sealed class SpecAuditTests(ITestOutputHelper output)
{
    private static readonly string AuditFolder = Path.Combine(RepositoryRoot.Path, "tests", "audit");

    [Fact]
    public async Task GraphQLOverHttpAudits_MeetEveryMustAndShould()
    {
        Assert.True(Directory.Exists(Path.Combine(AuditFolder, "node_modules")),
            "The audit's npm packages are missing: run `npm ci --prefix tests/audit` (the test command does).");
        await using var hub = new HubFactory();
        hub.UseKestrel(0);
        hub.StartServer();
        var url = hub.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/graphql";
        var token = await hub.CreateClient().DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.ProjectsRead]);

        var audits = await RunAuditsAsync(url, token);

        var counts = audits.GroupBy(a => (Level: a.Name.Split(' ')[0], a.Status)).OrderBy(g => g.Key).Select(g => $"{g.Key.Level} {g.Key.Status}: {g.Count()}");
        output.WriteLine($"{audits.Count} audits: {string.Join(", ", counts)}");
        var failures = audits.Where(a => a.Status != "ok" && (a.Name.StartsWith("MUST ", StringComparison.Ordinal) || a.Name.StartsWith("SHOULD ", StringComparison.Ordinal))).ToList();
        Assert.True(audits.Count > 50, $"Only {audits.Count} audits ran.");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.Id} {f.Name}: {f.Reason}")));
    }

    private static async Task<List<AuditResult>> RunAuditsAsync(string url, string token)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(AuditFolder, "audit.mjs"), url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AuditFolder,
        };
        start.Environment["HUB_AUDIT_TOKEN"] = token;
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, await stderr);
        return (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<AuditResult>(line, JsonSerializerOptions.Web)!).ToList();
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);
}
