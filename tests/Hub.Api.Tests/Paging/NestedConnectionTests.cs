using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Hosting;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Paging;

/// <summary>The connections under each item of a list, a project's activities and a case's
/// referrals, page as the root connections do: both ways, refusing the same arguments, with sealed
/// cursors that open only under the item they were made under; and a page of items reads what is
/// under all of them in one query.</summary>
public sealed class NestedConnectionTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string PageInfo = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    private readonly HttpClient _client = hub.CreateClient();

    private Task<string> TokenAsync(params string[] roles) => _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, roles);

    // The query's {0} takes the paging arguments.
    private static string With(string query, string arguments) => query.Replace("{0}", arguments, StringComparison.Ordinal);

    private static List<string> Ids(JsonNode connection) => [.. connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];

    /// <summary>Every item of a connection, page by page of <paramref name="size"/>, forward from the
    /// start or backward from the end, checking each page's pageInfo on the way.</summary>
    private async Task<List<string>> WalkAsync(string token, string query, Func<JsonNode, JsonNode> connection, bool backward, int size = 3)
    {
        var ids = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var arguments = backward ? $"last: {size}" + (cursor is null ? "" : $", before: \"{cursor}\"") : $"first: {size}" + (cursor is null ? "" : $", after: \"{cursor}\"");
            var response = await _client.PostAsync(With(query, arguments), token);
            Assert.Empty(response.ErrorCodes);
            var page = connection(response.Data!);
            var info = page["pageInfo"]!;
            var (ahead, behind) = backward ? ("hasPreviousPage", "hasNextPage") : ("hasNextPage", "hasPreviousPage");
            Assert.Equal(cursor is not null, info[behind]!.GetValue<bool>());
            ids.InsertRange(backward ? 0 : ids.Count, Ids(page));
            if (!info[ahead]!.GetValue<bool>())
            {
                return ids;
            }

            cursor = info[backward ? "startCursor" : "endCursor"]!.GetValue<string>();
        }

        throw new InvalidOperationException("The connection did not end.");
    }

    private async Task<(long Reads, List<string> Sql, GraphQLResponse Response)> CountReadsAsync(string query, string token)
    {
        var log = hub.Services.GetRequiredService<SqlCommandLog>();
        log.Captured.Clear();
        log.Capture = true;
        var response = await _client.PostAsync(query, token);
        log.Capture = false;
        List<string> sql = [.. log.Captured.Where(s => !s.Contains("INSERT INTO", StringComparison.Ordinal))];
        return (sql.Count, sql, response);
    }

    [Fact]
    public async Task AProjectsActivities_WalkedForwardAndBackward_AreThoseOfTheRootField()
    {
        var token = await TokenAsync(HubRoles.ProjectsRead);
        var projects = (await _client.PostAsync("{ projects(first: 100) { nodes { code activities { totalCount } } } }", token)).Data!["projects"]!["nodes"]!.AsArray();
        var busiest = projects.MaxBy(p => p!["activities"]!["totalCount"]!.GetValue<int>())!;
        var code = busiest["code"]!.GetValue<string>();
        var root = (await _client.PostAsync($$"""{ capacityBuildingActivities(first: 100, where: { projectCode: { eq: "{{code}}" } }) { totalCount nodes { id } } }""", token)).Data!["capacityBuildingActivities"]!;
        var query = $$$"""{ project(code: "{{{code}}}") { activities({0}) { nodes { id } {{{PageInfo}}} } } }""";

        var forward = await WalkAsync(token, query, d => d["project"]!["activities"]!, backward: false);
        var backward = await WalkAsync(token, query, d => d["project"]!["activities"]!, backward: true);

        Assert.True(forward.Count > 6, $"{code} has {forward.Count} activities: too few to page.");
        Assert.Equal(root["totalCount"]!.GetValue<int>(), busiest["activities"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(Ids(root), forward);
        Assert.Equal(Ids(root), backward);
    }

    [Fact]
    public async Task APageOfProjects_ReadsTheActivitiesOfAllOfThem_InOneQuery_AndTheirTotalsInOneMore()
    {
        var token = await TokenAsync(HubRoles.ProjectsRead);
        const string query = "{{ projects(first: {0}) {{ nodes {{ code activities(first: 2) {{ totalCount nodes {{ id topic }} pageInfo {{ hasNextPage }} }} }} }} }}";

        var (ten, _, _) = await CountReadsAsync(string.Format(CultureInfo.InvariantCulture, query, 10), token);
        var (hundred, sql, response) = await CountReadsAsync(string.Format(CultureInfo.InvariantCulture, query, 100), token);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(ten, hundred);
        Assert.Equal(2, sql.Count(s => s.Contains("\"CapacityBuildingActivities\"", StringComparison.Ordinal)));
        var nodes = response.Data!["projects"]!["nodes"]!.AsArray();
        Assert.Equal(100, nodes.Count);
        Assert.All(nodes, p =>
        {
            var total = p!["activities"]!["totalCount"]!.GetValue<int>();
            Assert.Equal(Math.Min(2, total), p["activities"]!["nodes"]!.AsArray().Count);
            Assert.Equal(total > 2, p["activities"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        });

        // Each project's page is its own: its first two as the root field lists them.
        var codes = nodes.Take(10).Select(p => p!["code"]!.GetValue<string>()).ToList();
        var root = (await _client.PostAsync($"{{ capacityBuildingActivities(first: 100, where: {{ projectCode: {{ in: [{string.Join(", ", codes.Select(c => $"\"{c}\""))}] }} }}) {{ totalCount nodes {{ id project {{ code }} }} }} }}", token))
            .Data!["capacityBuildingActivities"]!;
        Assert.True(root["totalCount"]!.GetValue<int>() <= 100);
        var firstTwo = root["nodes"]!.AsArray().GroupBy(n => n!["project"]!["code"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Take(2).Select(n => n!["id"]!.GetValue<string>()).ToList());
        Assert.All(nodes.Take(10), p => Assert.Equal(firstTwo.GetValueOrDefault(p!["code"]!.GetValue<string>(), []), Ids(p["activities"]!)));
    }

    [Fact]
    public async Task ACasesReferrals_PageBackwardWithLastAndBefore_AsForward()
    {
        var token = await TokenAsync(HubRoles.CasesRead);
        const string batch = "{ cases(purpose: ASSISTANCE, first: 100) { nodes { id referrals(last: 1) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage } } } } }";
        var cases = (await _client.PostAsync(batch, token)).Data!["cases"]!["nodes"]!.AsArray();
        var busiest = cases.MaxBy(c => c!["referrals"]!["totalCount"]!.GetValue<int>())!;
        var id = busiest["id"]!.GetValue<string>();
        var query = $$$"""{ case(id: "{{{id}}}", purpose: ASSISTANCE) { referrals({0}) { nodes { id referredOn } {{{PageInfo}}} } } }""";
        var all = (await _client.PostAsync(With(query, "first: 100"), token)).Data!["case"]!["referrals"]!;

        var forward = await WalkAsync(token, query, d => d["case"]!["referrals"]!, backward: false, size: 1);
        var backward = await WalkAsync(token, query, d => d["case"]!["referrals"]!, backward: true, size: 1);

        Assert.True(forward.Count > 1, "No case with more than one referral to page through.");
        var times = all["nodes"]!.AsArray().Select(n => DateTime.Parse(n!["referredOn"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Equal(Ids(all), forward);
        Assert.Equal(Ids(all), backward);
        // The batched last page of every case: its newest referral, and whether older ones precede it.
        Assert.Equal([Ids(all)[^1]], Ids(busiest["referrals"]!));
        Assert.All(cases, c =>
        {
            var total = c!["referrals"]!["totalCount"]!.GetValue<int>();
            Assert.Equal(Math.Min(1, total), c["referrals"]!["nodes"]!.AsArray().Count);
            Assert.Equal(total > 1, c["referrals"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            Assert.False(c["referrals"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        });
    }

    [Theory]
    [InlineData("first: 101")]
    [InlineData("last: 101")]
    [InlineData("first: -1")]
    [InlineData("last: -1")]
    [InlineData("first: 1, last: 1")]
    [InlineData("after: \"x\", last: 1")]
    [InlineData("first: 1, before: \"x\"")]
    [InlineData("after: \"not-a-cursor\"")]
    [InlineData("last: 2, before: \"not-a-cursor\"")]
    public async Task BadPagingArguments_AreRefused_AsTheRootConnectionsRefuseThem(string arguments)
    {
        var token = await TokenAsync(HubRoles.CasesRead, HubRoles.ProjectsRead);

        var root = await _client.PostAsync($"{{ projects({arguments}) {{ totalCount }} }}", token);
        var activities = await _client.PostAsync($"{{ projects(first: 2) {{ nodes {{ activities({arguments}) {{ totalCount }} }} }} }}", token);
        var referrals = await _client.PostAsync($"{{ cases(purpose: ASSISTANCE, first: 2) {{ nodes {{ referrals({arguments}) {{ totalCount }} }} }} }}", token);

        Assert.Single(root.ErrorCodes);
        Assert.All([activities, referrals], nested =>
        {
            Assert.Equal(root.Status, nested.Status);
            Assert.Equal(root.ErrorCodes[0], Assert.Single(nested.ErrorCodes.Distinct()));
        });
    }

    [Fact]
    public async Task ANestedCursor_OpensOnlyUnderItsOwnItem_AndNeverOnTheRootField()
    {
        var token = await TokenAsync(HubRoles.CasesRead, HubRoles.ProjectsRead);
        var projects = (await _client.PostAsync("{ projects(first: 2) { nodes { code activities(first: 1) { pageInfo { endCursor } } } } }", token)).Data!["projects"]!["nodes"]!.AsArray();
        var (a, b) = (projects[0]!["code"]!.GetValue<string>(), projects[1]!["code"]!.GetValue<string>());
        var nested = projects[0]!["activities"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var rootCursor = (await _client.PostAsync($$"""{ capacityBuildingActivities(first: 1, where: { projectCode: { eq: "{{a}}" } }) { pageInfo { endCursor } } }""", token))
            .Data!["capacityBuildingActivities"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        const string underProject = "query($code: String!, $after: String, $before: String) { project(code: $code) { activities(after: $after, before: $before) { nodes { id } } } }";
        const string atRoot = "query($after: String) { capacityBuildingActivities(after: $after) { nodes { id } } }";
        var cases = (await _client.PostAsync("{ cases(purpose: ASSISTANCE, first: 100) { nodes { id referrals(first: 1) { pageInfo { endCursor } } } } }", token))
            .Data!["cases"]!["nodes"]!.AsArray().Where(c => c!["referrals"]!["pageInfo"]!["endCursor"] is not null).Take(2).ToList();
        var referral = cases[0]!["referrals"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        const string underCase = "query($id: ID!, $before: String) { case(id: $id, purpose: ASSISTANCE) { referrals(last: 1, before: $before) { nodes { id } } } }";

        Assert.Empty((await _client.PostAsync(underProject, token, new { code = a, after = nested })).ErrorCodes);
        Assert.Empty((await _client.PostAsync(underProject, token, new { code = a, before = nested })).ErrorCodes);
        Assert.Empty((await _client.PostAsync(underCase, token, new { id = cases[0]!["id"]!.GetValue<string>(), before = referral })).ErrorCodes);
        Assert.All(
            [
                await _client.PostAsync(underProject, token, new { code = b, after = nested }),
                await _client.PostAsync(underProject, token, new { code = b, before = nested }),
                await _client.PostAsync(underProject, token, new { code = a, after = rootCursor }),
                await _client.PostAsync(atRoot, token, new { after = nested }),
                await _client.PostAsync(underCase, token, new { id = cases[1]!["id"]!.GetValue<string>(), before = referral }),
                // The same ordering at the root does not make a case's cursor one of the root's.
                await _client.PostAsync("query($after: String) { referrals(purpose: ASSISTANCE, order: [{ referredOn: ASC }], after: $after) { nodes { id } } }", token, new { after = referral }),
            ],
            r => Assert.Equal(["INVALID_CURSOR"], r.ErrorCodes));
    }

    [Fact]
    public async Task AProjectsActivities_NeedProjectsRead_WhereverTheProjectIsReached()
    {
        var casesOnly = await TokenAsync(HubRoles.CasesRead);

        var response = await _client.PostAsync("{ referrals(purpose: ASSISTANCE, first: 5) { nodes { project { activities { totalCount } } } } }", casesOnly);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
        Assert.Null(response.Json["data"]);
    }
}
