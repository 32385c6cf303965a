using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using static Hub.Api.Tests.ProjectWrites.ProjectWriting;

namespace Hub.Api.Tests.ProjectWrites;

/// <summary>DESIGN §3 Writes: <c>createProject</c> and <c>updateProject</c> belong to the lead agency
/// with <c>Projects.Write</c>; every refusal writes nothing, every write is audited.</summary>
public sealed class ProjectWriteTests(WriteHub hub) : IClassFixture<WriteHub>
{
    private readonly ProjectWriting _writing = new(hub, hub.CreateClient());

    [Fact]
    public async Task A_created_project_is_led_by_the_caller_with_everything_it_was_given_and_audited()
    {
        var before = await _writing.CountsAsync();
        var input = _writing.Project();

        var project = await _writing.CreateAsync(input);

        Assert.Equal(input["code"], project["code"]!.GetValue<string>());
        Assert.Equal(Lead, project["leadAgency"]!["code"]!.GetValue<string>());
        Assert.Equal([Partner], project["partnerAgencies"].Codes());
        Assert.Equal(["NGA", "THA"], project["countries"].Codes());
        Assert.Equal((400, 120, 5000), Figures(project["targets"]));
        Assert.Equal((150, 0, 0), Figures(project["results"]));
        Assert.True(project["financialsDisclosed"]!.GetValue<bool>());
        Assert.Equal(1_250_000L, project["budgetUsd"]!.GetValue<long>());
        Assert.Equal(2, project["donorContributions"]!.AsArray().Count);
        Assert.Equal(1, project["version"]!.GetValue<int>());
        Assert.Equal(hub.Now, WriteCalls.ParseInstant(project["changedOn"]));
        Assert.Equal(before with { Projects = before.Projects + 1, Partners = before.Partners + 1, Countries = before.Countries + 2, Contributions = before.Contributions + 2, Audit = before.Audit + 1 },
            await _writing.CountsAsync());
        var audit = await _writing.LastAuditAsync();
        Assert.Equal(("createProject", "Project", project["id"]!.GetValue<string>()), (audit.Action, audit.EntityType, audit.EntityId));
        Assert.Equal("budgetUsd,code,countryCodes,donor,donorContributions,endsOn,focus,partnerAgencyCodes,results,startsOn,status,targets,title", audit.ChangedFields);
        Assert.Equal(await hub.AgencyIdAsync(Lead), audit.AgencyId);
    }

    [Fact]
    public async Task Every_fault_of_a_new_project_is_named_with_its_path_and_nothing_is_written()
    {
        var before = await _writing.CountsAsync();
        var input = _writing.Project("ct 2026");
        input["title"] = "   ";
        input["startsOn"] = _writing.Day(30);
        input["endsOn"] = _writing.Day(10);
        input["countryCodes"] = new[] { "NGA", "XXX" };
        input["partnerAgencyCodes"] = new[] { "NOPE", Lead };
        input["targets"] = new Dictionary<string, object?> { ["peopleTrained"] = -1 };
        input["budgetUsd"] = -5L;
        input["donorContributions"] = new[]
        {
            new Dictionary<string, object?> { ["donor"] = "Nordic Fund", ["year"] = 2026, ["amountUsd"] = 1L },
            new Dictionary<string, object?> { ["donor"] = "Nordic Fund", ["year"] = 2026, ["amountUsd"] = -2L },
        };

        var errors = (await _writing.SendAsync(CreateProject, "createProject", input)).UserErrors();

        Assert.Equal(
        [
            ("DATES_OUT_OF_ORDER", "endsOn"),
            ("INVALID_VALUE", "budgetUsd"),
            ("INVALID_VALUE", "code"),
            ("INVALID_VALUE", "donorContributions.1"),
            ("INVALID_VALUE", "donorContributions.1.amountUsd"),
            ("INVALID_VALUE", "partnerAgencyCodes.1"),
            ("INVALID_VALUE", "targets.peopleTrained"),
            ("REQUIRED", "title"),
            ("UNKNOWN_AGENCY", "partnerAgencyCodes.0"),
            ("UNKNOWN_COUNTRY", "countryCodes.1"),
        ], errors.Order());
        Assert.Equal(before, await _writing.CountsAsync());
    }

    [Fact]
    public async Task A_suspended_agency_does_not_become_a_partner_and_counts_stay_within_their_bounds()
    {
        var input = _writing.Project();
        input["partnerAgencyCodes"] = new[] { WellKnownAgencies.SuspendedNgo };
        input["targets"] = new Dictionary<string, object?> { ["peopleReached"] = 2_000_000_000 };
        input["endsOn"] = "9999-12-31";
        input["budgetUsd"] = long.MaxValue;

        var errors = (await _writing.SendAsync(CreateProject, "createProject", input)).UserErrors();

        // A budget over a trillion dollars is refused, so that no sum of budgets can overflow.
        Assert.Equal([("INVALID_VALUE", "budgetUsd"), ("INVALID_VALUE", "endsOn"), ("INVALID_VALUE", "targets.peopleReached"), ("RECIPIENT_SUSPENDED", "partnerAgencyCodes.0")], errors.Order());
    }

    [Fact]
    public async Task A_number_beyond_any_range_in_the_variables_is_a_refusal_not_a_fault()
    {
        var token = await _writing.TokenAsync(Lead);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"mutation M($i: UpdateProjectInput!) { updateProject(input: $i) { errors { code } } }","variables":{"i":{"code":"X","version":1,"budgetUsd":1e400},"junk":1e400}}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        using var response = await _writing.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is >= 200 and < 500, body);
        Assert.DoesNotContain("INTERNAL_ERROR", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_code_is_taken_once()
    {
        var project = await _writing.CreateAsync();
        var before = await _writing.CountsAsync();

        var again = _writing.Project(project["code"]!.GetValue<string>());
        again.Remove("partnerAgencyCodes");

        var errors = (await _writing.SendAsync(CreateProject, "createProject", again, await _writing.TokenAsync(Partner))).UserErrors();

        Assert.Equal([("DUPLICATE_CODE", "code")], errors);
        Assert.Equal(before, await _writing.CountsAsync());
    }

    [Fact]
    public async Task An_update_changes_only_what_it_sends_and_audits_the_fields_it_changed()
    {
        var project = await _writing.CreateAsync();
        var code = project["code"]!.GetValue<string>();

        var updated = (await _writing.SendAsync(UpdateProject, "updateProject", new()
        {
            ["code"] = code,
            ["version"] = 1,
            ["title"] = "Safe return corridors, phase two",
            ["results"] = new Dictionary<string, object?> { ["peopleTrained"] = 80 },
            ["partnerAgencyCodes"] = Array.Empty<string>(),
            ["status"] = "ONGOING",
        }))["project"]!;

        Assert.Equal("Safe return corridors, phase two", updated["title"]!.GetValue<string>());
        Assert.Equal((150, 80, 0), Figures(updated["results"]));
        Assert.Equal((400, 120, 5000), Figures(updated["targets"]));
        Assert.Empty(updated["partnerAgencies"]!.AsArray());
        Assert.Equal(2, updated["version"]!.GetValue<int>());
        Assert.Equal("title,results.peopleTrained,partnerAgencyCodes", (await _writing.LastAuditAsync()).ChangedFields);
    }

    [Fact]
    public async Task An_update_that_sends_what_is_there_writes_nothing()
    {
        var input = _writing.Project();
        var project = await _writing.CreateAsync(input);
        var before = await _writing.CountsAsync();
        input.Remove("code");
        input["code"] = project["code"]!.GetValue<string>();
        input["version"] = 1;
        input["countryCodes"] = new[] { "THA", "NGA", "NGA" };

        var same = (await _writing.SendAsync(UpdateProject, "updateProject", input))["project"]!;

        Assert.Equal(1, same["version"]!.GetValue<int>());
        Assert.Equal(before, await _writing.CountsAsync());
    }

    [Fact]
    public async Task Only_the_lead_updates_a_project_and_only_at_the_version_it_read()
    {
        var project = await _writing.CreateAsync();
        var code = project["code"]!.GetValue<string>();
        Dictionary<string, object?> Change(int version) => new() { ["code"] = code, ["version"] = version, ["title"] = "Taken over" };

        Assert.Equal([("NOT_FOUND", "code")], (await _writing.SendAsync(UpdateProject, "updateProject", Change(1), await _writing.TokenAsync(Partner))).UserErrors());
        Assert.Equal([("NOT_FOUND", "code")], (await _writing.SendAsync(UpdateProject, "updateProject", Change(1), await _writing.TokenAsync(Stranger))).UserErrors());
        Assert.Equal([("NOT_FOUND", "code")], (await _writing.SendAsync(UpdateProject, "updateProject", new() { ["code"] = "NO-SUCH-CODE", ["version"] = 1, ["title"] = "x" })).UserErrors());
        Assert.Equal([("VERSION_CONFLICT", "version")], (await _writing.SendAsync(UpdateProject, "updateProject", Change(2))).UserErrors());
        var response = await _writing.Client.PostAsync(UpdateProject, await _writing.TokenAsync(Lead, HubRoles.ProjectsRead), new { input = Change(1) });
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
        Assert.Equal("Safe return corridors", (await hub.WithDbAsync(db => Task.FromResult(db.Projects.Single(p => p.Code == code).Title))));
    }

    [Fact]
    public async Task A_project_keeps_covering_the_countries_and_days_of_its_activities()
    {
        var project = await _writing.CreateAsync();
        var code = project["code"]!.GetValue<string>();
        await _writing.RecordAsync(code);

        var errors = (await _writing.SendAsync(UpdateProject, "updateProject", new()
        {
            ["code"] = code,
            ["version"] = 1,
            ["countryCodes"] = WriteCalls.Set("THA"),
            ["startsOn"] = _writing.Day(-20),
        })).UserErrors();

        Assert.Equal([("OUTSIDE_PROJECT", "countryCodes"), ("OUTSIDE_PROJECT", "startsOn")], errors.Order());
    }

    private static (int, int, int) Figures(System.Text.Json.Nodes.JsonNode? figures) =>
        (figures!["peopleAssisted"]!.GetValue<int>(), figures["peopleTrained"]!.GetValue<int>(), figures["peopleReached"]!.GetValue<int>());
}

internal static class ProjectJson
{
    public static List<string> Codes(this System.Text.Json.Nodes.JsonNode? list) => [.. list!.AsArray().Select(n => n!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal)];
}
