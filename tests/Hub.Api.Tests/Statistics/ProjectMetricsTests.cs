using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Hosting;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Api.Tests.Statistics;

/// <summary>Project metrics over HTTP on <see cref="MetricsWorld"/>: exact sums per cell and in the
/// total, a project counted once in each of its countries and once in the total, budgets only of
/// the projects whose financials the caller may see (rule 10), and the refusals.</summary>
public sealed class ProjectMetricsTests(EmptyHub hub, ITestOutputHelper output) : IClassFixture<EmptyHub>, IAsyncLifetime
{
    private const string Cell = "dimensions { dimension value } value suppressed projects targetPeopleAssisted resultPeopleAssisted targetPeopleTrained resultPeopleTrained targetPeopleReached resultPeopleReached budgetUsd budgetProjects";
    private const string Table = $"groupBy countsOncePerValue cells {{ {Cell} }} total {{ {Cell} }} protection {{ method minimumCellSize resolution maximumAdjustment }}";

    private readonly HttpClient _client = hub.CreateClient();

    public Task InitializeAsync() => MetricsWorld.ReplaceAsync(hub);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonNode> CountAsync(string agency, string arguments, params string[] roles)
    {
        var response = await _client.PostAsync($"{{ projectMetrics{arguments} {{ {Table} }} }}", await _client.DevTokenAsync(agency, roles));
        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.True(response.Json["errors"] is null, response.Body);
        return response.Data!["projectMetrics"]!;
    }

    // "values: projects | assisted target result | trained target result | reached target result | budget projects and sum"
    private static string Line(JsonNode cell)
    {
        Assert.False(cell["suppressed"]!.GetValue<bool>());
        Assert.Equal(cell["projects"]!.GetValue<int>(), cell["value"]!.GetValue<int>());
        var values = string.Join("/", cell["dimensions"]!.AsArray().Select(d => d!["value"]?.GetValue<string>() ?? "-"));
        int N(string field) => cell[field]!.GetValue<int>();
        var budget = cell["budgetUsd"] is { } usd ? usd.GetValue<double>().ToString("0", CultureInfo.InvariantCulture) : "null";
        return $"{(values.Length == 0 ? "total" : values)}: {N("projects")} | {N("targetPeopleAssisted")} {N("resultPeopleAssisted")} | {N("targetPeopleTrained")} {N("resultPeopleTrained")} | " +
            $"{N("targetPeopleReached")} {N("resultPeopleReached")} | {N("budgetProjects")} {budget}";
    }

    private static List<string> Lines(JsonNode table) => [.. table["cells"]!.AsArray().Select(c => Line(c!)), Line(table["total"]!)];

    private const string AllProjects = "total: 5 | 159 63 | 112 106 | 6403 5211 | 5 1755000";

    [Fact]
    public async Task Grouped_by_focus_each_project_is_in_one_cell_and_the_total_is_their_sum()
    {
        var table = await CountAsync(WellKnownAgencies.NigeriaMinistry, "(groupBy: [FOCUS])", HubRoles.ProjectsRead, HubRoles.ProjectsReadFinancials);

        Assert.Equal(
        [
            "PREVENTION: 1 | 10 5 | 30 25 | 5000 4500 | 1 250000",
            "PROTECTION: 2 | 140 50 | 20 10 | 1100 400 | 2 1075000",
            "PROSECUTION: 1 | 8 8 | 60 70 | 300 310 | 1 400000",
            "PARTNERSHIP: 1 | 1 0 | 2 1 | 3 1 | 1 30000",
            AllProjects,
        ], Lines(table));
        Assert.Equal(["FOCUS"], table["groupBy"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Empty(table["countsOncePerValue"]!.AsArray());
        Assert.Equal("NONE", table["protection"]!["method"]!.GetValue<string>());
        Assert.Equal(0, table["protection"]!["minimumCellSize"]!.GetValue<int>());
        Assert.Equal(1, table["protection"]!["resolution"]!.GetValue<int>());
        Assert.Equal(0, table["protection"]!["maximumAdjustment"]!.GetValue<int>());
    }

    [Fact]
    public async Task By_country_a_project_counts_once_in_each_of_its_countries_and_once_in_the_total()
    {
        var table = await CountAsync(WellKnownAgencies.NigeriaMinistry, "(groupBy: [COUNTRY])", HubRoles.ProjectsRead, HubRoles.ProjectsReadFinancials);

        Assert.Equal(
        [
            "BEN: 1 | 100 50 | 20 10 | 1000 400 | 1 1000000",
            "KHM: 1 | 8 8 | 60 70 | 300 310 | 1 400000",
            "NGA: 3 | 118 63 | 110 105 | 6300 5210 | 3 1650000",
            "THA: 2 | 48 8 | 60 70 | 400 310 | 2 475000",
            "-: 1 | 1 0 | 2 1 | 3 1 | 1 30000", // MW-5 runs in no country: no value, last
            AllProjects,
        ], Lines(table));
        Assert.Equal(["COUNTRY"], table["countsOncePerValue"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public async Task No_grouping_gives_the_total_alone()
    {
        var table = await CountAsync(WellKnownAgencies.NigeriaMinistry, "", HubRoles.ProjectsRead, HubRoles.ProjectsReadFinancials);

        Assert.Equal([AllProjects], Lines(table));
        Assert.Empty(table["groupBy"]!.AsArray());
    }

    [Fact]
    public async Task Three_dimensions_give_a_cell_per_combination_in_the_order_of_their_values()
    {
        var table = await CountAsync(WellKnownAgencies.NigeriaMinistry, "(groupBy: [STATUS, START_YEAR, DONOR])", HubRoles.ProjectsRead);

        Assert.Equal(
        [
            "PLANNED/2024/Donor C: 1 | 40 0 | 0 0 | 100 0 | 0 null",
            "ONGOING/2023/Donor A: 1 | 100 50 | 20 10 | 1000 400 | 0 null",
            "ONGOING/2024/Donor B: 1 | 10 5 | 30 25 | 5000 4500 | 0 null",
            "COMPLETED/2022/Donor A: 1 | 8 8 | 60 70 | 300 310 | 0 null",
            "CANCELLED/2023/Donor B: 1 | 1 0 | 2 1 | 3 1 | 0 null",
            "total: 5 | 159 63 | 112 106 | 6403 5211 | 0 null",
        ], Lines(table));
        Assert.Equal(["STATUS", "START_YEAR", "DONOR"], table["cells"]![0]!["dimensions"]!.AsArray().Select(d => d!["dimension"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Without_Projects_ReadFinancials_budgets_sum_only_the_projects_the_agency_leads_or_partners_in()
    {
        // NGA-SHSN leads MW-1 and partners in MW-3.
        var byDonor = await CountAsync(WellKnownAgencies.NigeriaShelter, "(groupBy: [DONOR])", HubRoles.ProjectsRead);
        Assert.Equal(
        [
            "Donor A: 2 | 108 58 | 80 80 | 1300 710 | 2 1400000",
            "Donor B: 2 | 11 5 | 32 26 | 5003 4501 | 0 null",
            "Donor C: 1 | 40 0 | 0 0 | 100 0 | 0 null",
            "total: 5 | 159 63 | 112 106 | 6403 5211 | 2 1400000",
        ], Lines(byDonor));

        // THA-MLAC leads MW-4 and partners in MW-1; the total, beside overlapping cells, counts each once.
        var byCountry = await CountAsync(WellKnownAgencies.ThailandLegalAid, "(groupBy: [COUNTRY])", HubRoles.ProjectsRead);
        Assert.Equal(["BEN: 1 1000000", "KHM: 0 null", "NGA: 1 1000000", "THA: 1 75000", "-: 0 null", "total: 2 1075000"],
            Lines(byCountry).Select(l => l.Split(':')[0] + ": " + l.Split(" | ")[^1]));
    }

    [Fact]
    public async Task With_Projects_ReadFinancials_every_budget_is_summed_and_without_it_an_outsider_sees_none()
    {
        var with = await CountAsync(WellKnownAgencies.NigeriaMinistry, "(groupBy: [DONOR])", HubRoles.ProjectsRead, HubRoles.ProjectsReadFinancials);
        Assert.Equal(["Donor A: 2 1400000", "Donor B: 2 280000", "Donor C: 1 75000", "total: 5 1755000"],
            Lines(with).Select(l => l.Split(':')[0] + ": " + l.Split(" | ")[^1]));

        var without = await CountAsync(WellKnownAgencies.NigeriaMinistry, "(groupBy: [DONOR])", HubRoles.ProjectsRead);
        Assert.All(Lines(without), l => Assert.EndsWith("| 0 null", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Statistics_Read_alone_is_enough_and_budgets_follow_the_same_rule()
    {
        var table = await CountAsync(WellKnownAgencies.NigeriaShelter, "(groupBy: [FOCUS])", HubRoles.StatisticsRead);

        Assert.Equal(["PREVENTION: 0 null", "PROTECTION: 1 1000000", "PROSECUTION: 1 400000", "PARTNERSHIP: 0 null", "total: 2 1400000"],
            Lines(table).Select(l => l.Split(':')[0] + ": " + l.Split(" | ")[^1]));
    }

    [Fact]
    public async Task A_caller_with_neither_Projects_Read_nor_Statistics_Read_is_refused()
    {
        var response = await _client.PostAsync("{ projectMetrics { total { value } } }", await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.ProjectsReadFinancials]));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
        var message = response.Json["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("'Projects.Read' or 'Statistics.Read'", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(groupBy: [FOCUS, FOCUS])")]
    [InlineData("(groupBy: [COUNTRY, FOCUS, STATUS, DONOR])")]
    public async Task Groupings_by_more_than_three_dimensions_or_one_twice_are_refused(string arguments)
    {
        var response = await _client.PostAsync($"{{ projectMetrics{arguments} {{ total {{ value }} }} }}", await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.ProjectsRead]));

        Assert.Equal(["INVALID_GROUPING"], response.ErrorCodes);
        Assert.Null(response.Data?["projectMetrics"]);
    }

    [Fact]
    public async Task The_filters_of_projects_narrow_the_sums()
    {
        var protection = await CountAsync(WellKnownAgencies.NigeriaMinistry, "(groupBy: [COUNTRY], where: { focus: { eq: PROTECTION } })", HubRoles.ProjectsRead, HubRoles.ProjectsReadFinancials);
        Assert.Equal(
        [
            "BEN: 1 | 100 50 | 20 10 | 1000 400 | 1 1000000",
            "NGA: 1 | 100 50 | 20 10 | 1000 400 | 1 1000000",
            "THA: 1 | 40 0 | 0 0 | 100 0 | 1 75000",
            "total: 2 | 140 50 | 20 10 | 1100 400 | 2 1075000",
        ], Lines(protection));

        var inThailand = await CountAsync(WellKnownAgencies.NigeriaMinistry, "(where: { countries: { some: { eq: \"THA\" } }, donor: { neq: \"Donor C\" } })", HubRoles.ProjectsRead);
        Assert.Equal(["total: 1 | 8 8 | 60 70 | 300 310 | 0 null"], Lines(inThailand));
    }

    [Fact]
    public async Task Cells_and_an_overlapping_total_are_counted_in_one_statement_reading_budgets_under_the_financial_rule()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.ProjectsRead]);
        var log = hub.Services.GetRequiredService<SqlCommandLog>();
        log.Captured.Clear();
        log.Capture = true;
        var response = await _client.PostAsync("{ projectMetrics(groupBy: [COUNTRY, FOCUS]) { cells { value budgetUsd } total { value budgetUsd } } }", token);
        log.Capture = false;

        Assert.Empty(response.ErrorCodes);
        var statement = Assert.Single(log.Captured, s => s.Contains("\"Projects\"", StringComparison.Ordinal));
        output.WriteLine(statement);
        Assert.Contains("GROUP BY", statement, StringComparison.Ordinal);
        Assert.Contains("UNION ALL", statement, StringComparison.Ordinal);
        var budget = statement.IndexOf("\"BudgetUsd\"", StringComparison.Ordinal);
        Assert.True(budget > 0 && statement.LastIndexOf("CASE", budget, StringComparison.Ordinal) >= 0, "BudgetUsd is read outside a CASE WHEN.");
        Assert.Contains("\"ProjectPartners\"", statement, StringComparison.Ordinal);
    }
}
