using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Hosting;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Api.Tests.Statistics;

/// <summary>Capacity-building metrics over HTTP on <see cref="MetricsWorld"/>: exact participant
/// sums per cell and in the total, every dimension, the filters of activities, and the refusals.</summary>
public sealed class ActivityMetricsTests(EmptyHub hub, ITestOutputHelper output) : IClassFixture<EmptyHub>, IAsyncLifetime
{
    private const string Cell = "dimensions { dimension value } value suppressed activities participantsFemale participantsMale participantsOther participants";
    private const string Table = $"groupBy countsOncePerValue cells {{ {Cell} }} total {{ {Cell} }} protection {{ method }}";
    private const string AllActivities = "total: 5 | 23 31 3 | 57";

    private readonly HttpClient _client = hub.CreateClient();

    public Task InitializeAsync() => MetricsWorld.ReplaceAsync(hub);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonNode> CountAsync(string arguments, params string[] roles)
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, roles.Length == 0 ? [HubRoles.ProjectsRead] : roles);
        var response = await _client.PostAsync($"{{ capacityBuildingMetrics{arguments} {{ {Table} }} }}", token);
        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.True(response.Json["errors"] is null, response.Body);
        var table = response.Data!["capacityBuildingMetrics"]!;
        Assert.Empty(table["countsOncePerValue"]!.AsArray());
        Assert.Equal("NONE", table["protection"]!["method"]!.GetValue<string>());
        return table;
    }

    // "values: activities | female male other | participants"
    private static string Line(JsonNode cell)
    {
        Assert.False(cell["suppressed"]!.GetValue<bool>());
        Assert.Equal(cell["participants"]!.GetValue<int>(), cell["value"]!.GetValue<int>());
        var values = string.Join("/", cell["dimensions"]!.AsArray().Select(d => d!["value"]?.GetValue<string>() ?? "-"));
        int N(string field) => cell[field]!.GetValue<int>();
        return $"{(values.Length == 0 ? "total" : values)}: {N("activities")} | {N("participantsFemale")} {N("participantsMale")} {N("participantsOther")} | {N("participants")}";
    }

    private static List<string> Lines(JsonNode table) => [.. table["cells"]!.AsArray().Select(c => Line(c!)), Line(table["total"]!)];

    [Fact]
    public async Task Grouped_by_kind_each_activity_is_in_one_cell_and_the_total_is_their_sum()
    {
        var table = await CountAsync("(groupBy: [KIND])");

        Assert.Equal(["TRAINING: 3 | 14 26 2 | 42", "WORKSHOP: 1 | 7 3 1 | 11", "STUDY_VISIT: 1 | 2 2 0 | 4", AllActivities], Lines(table));
        Assert.Equal(["KIND"], table["groupBy"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public async Task Grouped_by_country_and_year_cells_follow_the_order_of_their_values()
    {
        var table = await CountAsync("(groupBy: [COUNTRY, YEAR])");

        Assert.Equal(
        [
            "BEN/2024: 1 | 7 3 1 | 11",
            "KHM/2023: 1 | 0 9 2 | 11",
            "NGA/2023: 1 | 10 5 0 | 15",
            "NGA/2024: 1 | 4 12 0 | 16",
            "THA/2022: 1 | 2 2 0 | 4",
            AllActivities,
        ], Lines(table));
    }

    [Fact]
    public async Task The_project_focus_and_the_target_group_are_dimensions_too()
    {
        var table = await CountAsync("(groupBy: [PROJECT_FOCUS, TARGET_GROUP])");

        Assert.Equal(
        [
            "PREVENTION/POLICE: 1 | 4 12 0 | 16",
            "PROTECTION/POLICE: 1 | 10 5 0 | 15",
            "PROTECTION/SOCIAL_WORKERS: 1 | 7 3 1 | 11",
            "PROSECUTION/BORDER_AND_IMMIGRATION: 1 | 0 9 2 | 11",
            "PROSECUTION/PROSECUTORS_AND_JUDGES: 1 | 2 2 0 | 4",
            AllActivities,
        ], Lines(table));

        var byKindAndGroup = await CountAsync("(groupBy: [KIND, TARGET_GROUP, YEAR])");
        Assert.Equal(
        [
            "TRAINING/BORDER_AND_IMMIGRATION/2023: 1 | 0 9 2 | 11",
            "TRAINING/POLICE/2023: 1 | 10 5 0 | 15",
            "TRAINING/POLICE/2024: 1 | 4 12 0 | 16",
            "WORKSHOP/SOCIAL_WORKERS/2024: 1 | 7 3 1 | 11",
            "STUDY_VISIT/PROSECUTORS_AND_JUDGES/2022: 1 | 2 2 0 | 4",
            AllActivities,
        ], Lines(byKindAndGroup));
    }

    [Fact]
    public async Task No_grouping_gives_the_total_alone()
    {
        Assert.Equal([AllActivities], Lines(await CountAsync("")));
    }

    [Fact]
    public async Task The_filters_of_activities_narrow_the_sums()
    {
        var ofProject = await CountAsync("(groupBy: [COUNTRY], where: { projectCode: { eq: \"MW-3\" } })");
        Assert.Equal(["KHM: 1 | 0 9 2 | 11", "THA: 1 | 2 2 0 | 4", "total: 2 | 2 11 2 | 15"], Lines(ofProject));

        var trainings = await CountAsync("(groupBy: [TARGET_GROUP], where: { kind: { eq: TRAINING }, startsOn: { lt: \"2024-01-01\" } })");
        Assert.Equal(["BORDER_AND_IMMIGRATION: 1 | 0 9 2 | 11", "POLICE: 1 | 10 5 0 | 15", "total: 2 | 10 14 2 | 26"], Lines(trainings));
    }

    [Fact]
    public async Task Statistics_Read_alone_is_enough_and_a_caller_with_neither_role_is_refused()
    {
        Assert.Equal([AllActivities], Lines(await CountAsync("", HubRoles.StatisticsRead)));

        var response = await _client.PostAsync("{ capacityBuildingMetrics { total { value } } }", await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.CasesRead]));
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("(groupBy: [YEAR, YEAR])")]
    [InlineData("(groupBy: [COUNTRY, YEAR, KIND, TARGET_GROUP])")]
    public async Task Groupings_by_more_than_three_dimensions_or_one_twice_are_refused(string arguments)
    {
        var response = await _client.PostAsync($"{{ capacityBuildingMetrics{arguments} {{ total {{ value }} }} }}", await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.ProjectsRead]));

        Assert.Equal(["INVALID_GROUPING"], response.ErrorCodes);
        Assert.Null(response.Data?["capacityBuildingMetrics"]);
    }

    [Fact]
    public async Task The_cells_are_counted_in_one_statement()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.ProjectsRead]);
        var log = hub.Services.GetRequiredService<SqlCommandLog>();
        log.Captured.Clear();
        log.Capture = true;
        var response = await _client.PostAsync("{ capacityBuildingMetrics(groupBy: [PROJECT_FOCUS, COUNTRY]) { cells { value } total { value } } }", token);
        log.Capture = false;

        Assert.Empty(response.ErrorCodes);
        var statement = Assert.Single(log.Captured, s => s.Contains("\"CapacityBuildingActivities\"", StringComparison.Ordinal));
        output.WriteLine(statement);
        Assert.Contains("GROUP BY", statement, StringComparison.Ordinal);
        Assert.Contains("\"Projects\"", statement, StringComparison.Ordinal);
    }
}
