using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Statistics.StatisticsWorld;

namespace Hub.Api.Tests.Statistics;

/// <summary><c>GET /export/{name}.csv</c>: the same cells as the GraphQL answer, with an HXL
/// hashtag row, under the same token, roles, checks and audit.</summary>
public sealed class StatisticsExportTests(EmptyHub hub) : IClassFixture<EmptyHub>, IAsyncLifetime
{
    private readonly HttpClient _client = hub.CreateClient();
    private readonly WorldStore _store = new(hub);

    public async Task InitializeAsync() => await _store.ReplaceAsync(StatisticsWorld.Build(hub.Now));

    public Task DisposeAsync() => Task.CompletedTask;

    private string Token(Guid agency, params string[] roles) =>
        TestTokens.Mint(hub, new TokenSpec { TenantId = _store.TenantOf[agency], Roles = roles.Length == 0 ? [HubRoles.StatisticsRead] : roles });

    private async Task<HttpResponseMessage> ExportAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _client.SendAsync(request);
    }

    private static List<string[]> Rows(string csv) =>
        [.. csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(','))];

    [Theory]
    [InlineData("case-statistics", "caseStatistics", "CaseStatisticsFilterInput", "COUNTRY_OF_IDENTIFICATION,SEX", "{\"sex\":{\"in\":[\"FEMALE\",\"MALE\"]}}")]
    [InlineData("case-statistics", "caseStatistics", "CaseStatisticsFilterInput", "EXPLOITATION_TYPE", null)]
    [InlineData("case-statistics", "caseStatistics", "CaseStatisticsFilterInput", "", null)]
    [InlineData("referral-statistics", "referralStatistics", "ReferralFilterInput", "REFERRAL_STATUS", null)]
    public async Task The_file_holds_the_cells_of_the_GraphQL_answer_one_for_one_with_its_hashtags(string name, string field, string filterType, string groupBy, string? where)
    {
        foreach (var agency in new[] { Owner, Ministry })
        {
            var token = Token(agency);
            var dimensions = groupBy.Split(',', StringSplitOptions.RemoveEmptyEntries);
            var graph = await _client.PostAsync($"query($where: {filterType}) {{ {field}(groupBy: [{groupBy}], where: $where) {{ cells {{ dimensions {{ value withheld }} value suppressed }} total {{ value suppressed }} }} }}",
                token, new { where = where is null ? null : JsonNode.Parse(where) });
            Assert.True(graph.Json["errors"] is null, graph.Body);

            var path = $"/export/{name}.csv?groupBy={groupBy}" + (where is null ? "" : "&where=" + Uri.EscapeDataString(where));
            using var response = await ExportAsync(path, token);
            var csv = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            var rows = Rows(csv);
            Assert.Equal(["level", .. dimensions.Select(Header), "value", "suppressed"], rows[0]);
            Assert.Equal("#meta+level", rows[1][0]);
            Assert.All(rows[1], tag => Assert.StartsWith("#", tag, StringComparison.Ordinal));
            Assert.Equal(name == "case-statistics" ? "#affected+num" : "#indicator+num+referrals", rows[1][^2]);

            var cells = graph.Data![field]!["cells"]!.AsArray();
            Assert.Equal(cells.Count + 3, rows.Count);
            foreach (var (cell, row) in cells.Zip(rows.Skip(2)))
            {
                var values = cell!["dimensions"]!.AsArray().Select(d => d!["withheld"]!.GetValue<bool>() ? "WITHHELD" : d["value"]?.GetValue<string>() ?? "");
                Assert.Equal(["cell", .. values, cell["value"]?.ToString() ?? "", cell["suppressed"]!.GetValue<bool>() ? "true" : "false"], row);
            }

            var total = graph.Data![field]!["total"]!;
            Assert.Equal(["total", .. dimensions.Select(_ => ""), total["value"]?.ToString() ?? "", total["suppressed"]!.GetValue<bool>() ? "true" : "false"], rows[^1]);
        }
    }

    [Theory]
    [InlineData("project-metrics", "projectMetrics", "FOCUS,START_YEAR", "projects targetPeopleAssisted resultPeopleAssisted targetPeopleTrained resultPeopleTrained targetPeopleReached resultPeopleReached budgetUsd budgetProjects")]
    [InlineData("project-metrics", "projectMetrics", "COUNTRY", "projects targetPeopleAssisted resultPeopleAssisted targetPeopleTrained resultPeopleTrained targetPeopleReached resultPeopleReached budgetUsd budgetProjects")]
    [InlineData("capacity-building-metrics", "capacityBuildingMetrics", "TARGET_GROUP,YEAR", "activities participantsFemale participantsMale participantsOther participants")]
    public async Task The_metrics_files_hold_the_cells_of_the_GraphQL_answer(string name, string field, string groupBy, string measures)
    {
        var token = Token(Owner, HubRoles.ProjectsRead);
        var graph = await _client.PostAsync($"{{ {field}(groupBy: [{groupBy}]) {{ cells {{ dimensions {{ value }} {measures} }} total {{ {measures} }} }} }}", token);
        Assert.True(graph.Json["errors"] is null, graph.Body);

        using var response = await ExportAsync($"/export/{name}.csv?groupBy={groupBy}", token);
        var rows = Rows(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("method=NONE; k=0; resolution=1; maximum-adjustment=0", response.Headers.GetValues("Hub-Protection").Single());
        var names = measures.Split(' ');
        Assert.Equal(["level", .. groupBy.Split(',').Select(Header), .. names], rows[0]);
        var cells = graph.Data![field]!["cells"]!.AsArray();
        Assert.True(cells.Count > 0);
        Assert.Equal(cells.Count + 3, rows.Count);
        foreach (var (cell, row) in cells.Append(graph.Data![field]!["total"]).Zip(rows.Skip(2)))
        {
            var values = cell!["dimensions"]?.AsArray().Select(d => d!["value"]?.GetValue<string>() ?? "") ?? groupBy.Split(',').Select(_ => "");
            Assert.Equal([row[0] == "total" ? "total" : "cell", .. values, .. names.Select(m => cell[m]?.ToString() ?? "")], row);
        }
    }

    [Fact]
    public async Task The_file_says_how_it_was_protected_and_which_dimensions_overlap()
    {
        using var response = await ExportAsync("/export/case-statistics.csv?groupBy=EXPLOITATION_TYPE,SEX", Token(Owner));

        Assert.Equal("method=CELL_KEY_PERTURBATION; k=5; resolution=1; maximum-adjustment=2", response.Headers.GetValues("Hub-Protection").Single());
        Assert.Equal("EXPLOITATION_TYPE", response.Headers.GetValues("Hub-Counts-Once-Per-Value").Single());
    }

    [Fact]
    public async Task Where_only_trusted_documents_may_run_an_export_is_refused_like_a_free_form_question()
    {
        await hub.WithDbAsync(db => db.Agencies.Where(a => a.Id == Owner).ExecuteUpdateAsync(a => a.SetProperty(x => x.TrustedDocumentsOnly, true)));
        try
        {
            using var response = await ExportAsync("/export/case-statistics.csv?groupBy=SEX", Token(Owner));
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("TRUSTED_DOCUMENT_REQUIRED", body, StringComparison.Ordinal);
        }
        finally
        {
            await hub.WithDbAsync(db => db.Agencies.Where(a => a.Id == Owner).ExecuteUpdateAsync(a => a.SetProperty(x => x.TrustedDocumentsOnly, false)));
        }
    }

    [Fact]
    public async Task A_request_that_fails_as_a_whole_audits_none_of_its_questions()
    {
        var before = await hub.WithDbAsync(db => db.AuditEntries.CountAsync());
        var response = await _client.PostAsync("{ a: caseStatistics(groupBy: [SEX]) { total { value } } b: referralStatistics(groupBy: [CASE_STATUS]) { total { value } } }", Token(Owner));

        Assert.Equal(["INVALID_GROUPING"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(before, await hub.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task The_audit_log_shows_the_question_asked()
    {
        await _client.PostAsync("{ caseStatistics(groupBy: [CITIZENSHIP], where: { sex: { eq: FEMALE } }) { total { value } } }", Token(Ministry));
        var log = await _client.PostAsync("{ auditLog(operation: \"caseStatistics\", first: 1) { nodes { entityType question } } }", Token(Ministry, HubRoles.AuditRead));

        var entry = log.Data!["auditLog"]!["nodes"]![0]!;
        Assert.Equal("Statistics", entry["entityType"]!.GetValue<string>());
        Assert.Equal("{\"groupBy\":[\"CITIZENSHIP\"],\"where\":{\"sex\":{\"eq\":\"FEMALE\"}}}", entry["question"]!.GetValue<string>());
    }

    private static string Header(string dimension) =>
        string.Concat(dimension.ToLowerInvariant().Split('_').Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    [Fact]
    public async Task Withheld_values_are_marked_in_the_file_and_the_hashtags_name_each_dimension()
    {
        using var response = await ExportAsync("/export/case-statistics.csv?groupBy=EXPLOITATION_TYPE,COUNTRY_OF_IDENTIFICATION,YEAR_OF_REGISTRATION", Token(Ministry));
        var rows = Rows(await response.Content.ReadAsStringAsync());

        Assert.Equal(["#meta+level", "#cause+exploitation", "#country+code+identified", "#date+year+registered", "#affected+num", "#meta+suppressed"], rows[1]);
        Assert.All(rows.Skip(2).SkipLast(1), row => Assert.Equal("WITHHELD", row[1]));
    }

    [Fact]
    public async Task An_export_is_audited_like_the_question_it_asks()
    {
        var before = await hub.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "caseStatistics" && e.AgencyId == Owner));
        using var response = await ExportAsync("/export/case-statistics.csv?groupBy=SEX", Token(Owner));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, await hub.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "caseStatistics" && e.AgencyId == Owner)));
    }

    [Theory]
    [InlineData("/export/case-statistics.csv", "none", HttpStatusCode.Unauthorized, "AUTHENTICATION_REQUIRED")]
    [InlineData("/export/case-statistics.csv", "cases", HttpStatusCode.Forbidden, "MISSING_ROLE")]
    [InlineData("/export/cases.csv", "stats", HttpStatusCode.NotFound, "UNKNOWN_EXPORT")]
    [InlineData("/export/case-statistics.json", "stats", HttpStatusCode.NotFound, "UNKNOWN_EXPORT")]
    [InlineData("/export/case-statistics.csv?groupBy=SEX,SEX", "stats", HttpStatusCode.BadRequest, "INVALID_GROUPING")]
    [InlineData("/export/case-statistics.csv?groupBy=NOT_A_DIMENSION", "stats", HttpStatusCode.BadRequest, "INVALID_VALUE")]
    [InlineData("/export/case-statistics.csv?where={\"givenName\":{\"eq\":\"Person 1\"}}", "stats", HttpStatusCode.BadRequest, "INVALID_FILTER")]
    [InlineData("/export/case-statistics.csv?where={not json", "stats", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("/export/case-statistics.csv?groupBy=SEX&groupBy=CITIZENSHIP", "stats", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("/export/case-statistics.csv?query={__typename}", "stats", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("/export/case-statistics.csv?where={\"sex\":{\"eq\":\"FEMALE\"},\"sex\":{\"eq\":\"MALE\"}}", "stats", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("/export/case-statistics.csv?where={\"citizenship\":{\"eq\":\"\\ud800\"}}", "stats", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("/export/case-statistics.csv?where={\"sex\":{\"eq\":\"FEMALE\"},\"sex\":{\"eq\":\"MALE\"}}", "none", HttpStatusCode.Unauthorized, "AUTHENTICATION_REQUIRED")]
    public async Task Exports_refuse_as_the_GraphQL_endpoint_does(string path, string token, HttpStatusCode status, string code)
    {
        using var response = await ExportAsync(path, token switch
        {
            "none" => null,
            "cases" => Token(Owner, HubRoles.CasesRead, HubRoles.CasesReadIdentity),
            _ => Token(Owner),
        });
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(status == response.StatusCode, body);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(code, JsonNode.Parse(body)!["errors"]!.AsArray().Select(e => e!["extensions"]?["code"]?.GetValue<string>()));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(200)]
    public async Task A_filter_nested_too_deep_is_refused_not_failed(int depth)
    {
        var where = string.Concat(Enumerable.Repeat("{\"not\":", depth)) + "{}" + new string('}', depth);
        using var response = await ExportAsync("/export/case-statistics.csv?where=" + Uri.EscapeDataString(where), Token(Owner));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var code = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();
        Assert.True(code is "INVALID_REQUEST" or "INVALID_FILTER", code);
    }

    [Fact]
    public async Task Other_methods_are_refused()
    {
        using var response = await _client.PostAsync(new Uri("/export/case-statistics.csv", UriKind.Relative), new StringContent(""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET", response.Content.Headers.Allow.Single());
    }
}
