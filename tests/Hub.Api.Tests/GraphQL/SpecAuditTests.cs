using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Xunit.Abstractions;

namespace Hub.Api.Tests.GraphQL;

/// <summary>The graphql-http audits of the GraphQL-over-HTTP spec, run by node against a Hub
/// listening on a real socket.</summary>
public sealed class SpecAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GraphQLOverHttpAudits_MeetEveryMustAndShould()
    {
        await using var hub = new HubFactory();
        var url = NodeScript.Listen(hub) + "/graphql";
        var token = await hub.CreateClient().DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.ProjectsRead]);

        var audits = (await NodeScript.RunAsync("audit.mjs", [url], new Dictionary<string, string> { ["HUB_AUDIT_TOKEN"] = token }))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<AuditResult>(line, JsonSerializerOptions.Web)!).ToList();

        var counts = audits.GroupBy(a => (Level: a.Name.Split(' ')[0], a.Status)).OrderBy(g => g.Key).Select(g => $"{g.Key.Level} {g.Key.Status}: {g.Count()}");
        output.WriteLine($"{audits.Count} audits: {string.Join(", ", counts)}");
        var failures = audits.Where(a => a.Status != "ok" && (a.Name.StartsWith("MUST ", StringComparison.Ordinal) || a.Name.StartsWith("SHOULD ", StringComparison.Ordinal))).ToList();
        Assert.True(audits.Count > 50, $"Only {audits.Count} audits ran.");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.Id} {f.Name}: {f.Reason}")));
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);
}
