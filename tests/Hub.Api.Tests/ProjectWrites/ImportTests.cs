using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.ProjectWrites.ProjectWriting;

namespace Hub.Api.Tests.ProjectWrites;

/// <summary><c>POST /import/{kind}</c>: an agency's projects and activities from the CSV files it
/// keeps, with or without an HXL hashtag row; all of a file or nothing, every fault by row and
/// column, and a file imported again changes nothing.</summary>
public sealed class ImportTests(WriteHub hub) : IClassFixture<WriteHub>
{
    private const string ProjectHeader = "code,title,donor,starts_on,ends_on,status,focus,countries,partners,target_people_assisted,target_people_trained,target_people_reached,result_people_assisted,budget_usd,donor_contributions";

    private readonly ProjectWriting _writing = new(hub, hub.CreateClient());

    [Fact]
    public async Task A_good_file_creates_its_projects_audited_and_the_same_file_again_changes_nothing()
    {
        var (a, b) = (NewCode(), NewCode());
        var file = string.Join("\r\n",
            ProjectHeader,
            $"{a},Border desks,Nordic Fund,{_writing.Day(-100)},{_writing.Day(300)},ONGOING,PROTECTION,NGA;THA,{Partner},100,20,3000,10,250000,Nordic Fund|{hub.Now.Year}|250000",
            $"{b},\"Schools, safe and aware\",City Trust,{_writing.Day(10)},{_writing.Day(400)},planned,Prevention,NGA,,,,,,,",
            "");
        var before = await _writing.CountsAsync();

        var (status, report) = await ImportAsync("projects", file);
        var again = await ImportAsync("projects", file);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((2, 2, 0, 0), Counts(report));
        Assert.Equal((HttpStatusCode.OK, (2, 0, 0, 2)), (again.Status, Counts(again.Report)));
        Assert.Equal(before with { Projects = before.Projects + 2, Partners = before.Partners + 1, Countries = before.Countries + 3, Contributions = before.Contributions + 1, Audit = before.Audit + 2 },
            await _writing.CountsAsync());
        var project = await hub.WithDbAsync(db => db.Projects.Include(p => p.Contributions).AsNoTracking().SingleAsync(p => p.Code == b));
        Assert.Equal(("Schools, safe and aware", ProjectStatus.Planned, ProjectFocus.Prevention, 0, 0L, 1), (project.Title, project.Status, project.Focus, project.TargetPeopleAssisted, project.BudgetUsd, project.Version));
        var audit = await _writing.LastAuditAsync();
        Assert.Equal(("importProjects", "Project"), (audit.Action, audit.EntityType));
        Assert.Equal(await hub.AgencyIdAsync(Lead), audit.AgencyId);
    }

    [Fact]
    public async Task A_changed_row_updates_its_project_to_what_the_row_says()
    {
        var code = NewCode();
        await ImportAsync("projects", $"{ProjectHeader}\n{code},Hotline,Nordic Fund,{_writing.Day(-10)},{_writing.Day(100)},ONGOING,PROTECTION,NGA,,5,,,,,\n");

        var (status, report) = await ImportAsync("projects", $"{ProjectHeader}\n{code},Hotline 24/7,Nordic Fund,{_writing.Day(-10)},{_writing.Day(100)},ONGOING,PROTECTION,NGA;KEN,,5,,,,,\n");

        Assert.Equal((HttpStatusCode.OK, (1, 0, 1, 0)), (status, Counts(report)));
        var project = await hub.WithDbAsync(db => db.Projects.Include(p => p.Countries).AsNoTracking().SingleAsync(p => p.Code == code));
        Assert.Equal(("Hotline 24/7", 2), (project.Title, project.Version));
        Assert.Equal(["KEN", "NGA"], project.Countries.Select(c => c.CountryCode).Order());
        Assert.Equal("title,countryCodes", (await _writing.LastAuditAsync()).ChangedFields);
    }

    [Fact]
    public async Task A_file_with_bad_rows_writes_nothing_and_names_every_fault_by_row_and_column()
    {
        var led = await _writing.CreateAsync();
        var (good, other) = (NewCode(), NewCode());
        await ImportAsync("projects", $"{ProjectHeader}\n{other},Theirs,Fund,{_writing.Day(-1)},{_writing.Day(1)},ONGOING,PROTECTION,THA,,,,,,,\n", Partner);
        var file = string.Join("\n",
            ProjectHeader,
            $"{good},Fine,Fund,{_writing.Day(-1)},{_writing.Day(1)},ONGOING,PROTECTION,NGA,,,,,,,",
            $"bad code,Title,Fund,{_writing.Day(5)},{_writing.Day(1)},ONGOING,PROTECTION,NGA;XXX,NOPE,-3,,,,,",
            $"{NewCode()},,Fund,2026-13-01,{_writing.Day(1)},SOMETIMES,PROTECTION,NGA,,,,,,abc,Fund|year|1",
            $"{other},Mine now,Fund,{_writing.Day(-1)},{_writing.Day(1)},ONGOING,PROTECTION,THA,,,,,,,",
            $"{good},Twice,Fund,{_writing.Day(-1)},{_writing.Day(1)},ONGOING,PROTECTION,NGA,,,,,,,",
            $"{led["code"]!.GetValue<string>()},Shrunk,Fund,{_writing.Day(-1)},{_writing.Day(1)},ONGOING,PROTECTION,,,,,,,,");
        var before = await _writing.CountsAsync();

        var (status, report) = await ImportAsync("projects", file);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.False(report["written"]!.GetValue<bool>());
        Assert.Equal(
        [
            (3, "code", "INVALID_VALUE"), (3, "countries", "UNKNOWN_COUNTRY"), (3, "ends_on", "DATES_OUT_OF_ORDER"), (3, "partners", "UNKNOWN_AGENCY"), (3, "target_people_assisted", "INVALID_VALUE"),
            (4, "budget_usd", "INVALID_VALUE"), (4, "donor_contributions", "INVALID_VALUE"), (4, "starts_on", "INVALID_VALUE"), (4, "status", "INVALID_VALUE"), (4, "title", "REQUIRED"),
            (5, "code", "NOT_FOUND"), (6, "code", "DUPLICATE_CODE"), (7, "countries", "REQUIRED"),
        ], Faults(report));
        Assert.Equal(6, report["rows"]!.GetValue<int>());
        Assert.Equal(before, await _writing.CountsAsync());
    }

    [Fact]
    public async Task A_row_with_unreadable_cells_is_still_checked_for_its_other_faults_and_an_extra_cell_is_a_fault()
    {
        var file = string.Join("\n",
            "code,title,donor,starts_on,ends_on,status,focus,countries",
            $"bad code,T,D,someday,{_writing.Day(1)},ONGOING,PROTECTION,QQQ",
            $"{NewCode()},Comma,Fund,{_writing.Day(-1)},{_writing.Day(1)},ONGOING,PROTECTION,NGA,THA");

        var (status, report) = await ImportAsync("projects", file);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(2, "code", "INVALID_VALUE"), (2, "countries", "UNKNOWN_COUNTRY"), (2, "starts_on", "INVALID_VALUE"), (3, "", "INVALID_VALUE")], Faults(report));
    }

    [Fact]
    public async Task An_import_is_sent_with_post_and_answers_json_or_csv()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/import/projects");
        Assert.Equal((HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED"), await RefusalAsync(get));
        var xml = Request("projects", $"{ProjectHeader}\n", await _writing.TokenAsync(Lead));
        xml.Headers.Accept.ParseAdd("application/xml");
        Assert.Equal((HttpStatusCode.NotAcceptable, "NOT_ACCEPTABLE"), await RefusalAsync(xml));
    }

    [Fact]
    public async Task The_faults_come_as_csv_with_an_hxl_row_to_a_client_that_accepts_csv()
    {
        using var request = Request("projects", $"{ProjectHeader}\n{NewCode()},\"Quoted, \"\"title\"\"\",Fund,{_writing.Day(5)},{_writing.Day(1)},ONGOING,PROTECTION,NGA,,,,,,,\n", await _writing.TokenAsync(Lead));
        request.Headers.Accept.ParseAdd("text/csv");

        using var response = await _writing.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("row,column,code,message\r\n#meta+row,#meta+column,#meta+code,#description\r\n2,ends_on,DATES_OUT_OF_ORDER,", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cell_the_report_echoes_is_never_a_formula_to_the_spreadsheet_that_opens_it()
    {
        using var request = Request("projects", "code,\"=HYPERLINK(\"\"http://x\"\")\"\n", await _writing.TokenAsync(Lead));
        request.Headers.Accept.ParseAdd("text/csv");

        using var response = await _writing.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("1,\"'=HYPERLINK(\"\"http://x\"\")\",INVALID_VALUE,", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hashtags_name_the_columns_under_a_header_of_names_or_instead_of_it_in_any_order()
    {
        var (a, b) = (NewCode(), NewCode());
        var withRow = $"""
            Project code,Title,Donor,Start,End,Status,Focus,Countries
            #activity+code,#activity+name,#org+name+funder,#date+start,#date+end,#status+code,#sector+code,#country+list+code
            {a},One,Fund,{_writing.Day(-1)},{_writing.Day(1)},ONGOING,PROTECTION,NGA
            """;
        var insteadOfNames = $"""
            #country+code+list,#ACTIVITY+CODE,#activity+name,#org+funder+name,#date+start,#date+end,#status+code,#sector+code
            NGA,{b},Two,Fund,{_writing.Day(-1)},{_writing.Day(1)},ONGOING,PROTECTION
            """;
        var mismatched = $"""
            code,title,donor,starts_on,ends_on,status,focus,countries
            #activity+code,#activity+name,#org+funder+name,#date+end,#date+start,#status+code,#sector+code,#country+code+list
            """;

        var names = await ImportAsync("projects", withRow.Replace("Project code,Title,Donor,Start,End,Status,Focus,Countries", "code,title,donor,starts_on,ends_on,status,focus,countries", StringComparison.Ordinal));
        var tags = await ImportAsync("projects", insteadOfNames);
        var wrong = await ImportAsync("projects", mismatched);
        var unknown = await ImportAsync("projects", withRow);

        Assert.Equal((HttpStatusCode.OK, (1, 1, 0, 0)), (names.Status, Counts(names.Report)));
        Assert.Equal((HttpStatusCode.OK, (1, 1, 0, 0)), (tags.Status, Counts(tags.Report)));
        Assert.Equal([(2, "ends_on", "INVALID_VALUE"), (2, "starts_on", "INVALID_VALUE")], Faults(wrong.Report));
        Assert.Contains((1, "Project code", "INVALID_VALUE"), Faults(unknown.Report));
    }

    [Fact]
    public async Task Activities_are_imported_by_project_code_and_key_and_again_without_change()
    {
        var code = (await _writing.CreateAsync())["code"]!.GetValue<string>();
        var file = $"""
            project_code,key,country,kind,starts_on,ends_on,topic,target_group,participants_female,participants_male,participants_other,partner_agency,knowledge_gain_points,participants_certified,procedures_adopted
            #activity+code,#event+id,#country+code,#event+type,#date+start,#date+end,#description+topic,#group+targeted,#reached+f,#reached+m,#reached+other,#org+partner+code,#indicator+knowledge_gain+num,#indicator+certified+num,#indicator+procedures+num
            {code},TOT-01,NGA,TRAINING,{_writing.Day(-40)},{_writing.Day(-38)},Victim identification,POLICE,10,12,0,{WellKnownAgencies.NigeriaMission},12.5,20,
            {code},SOP-01,THA,SOP_DEVELOPMENT,{_writing.Day(-20)},{_writing.Day(40)},Referral procedures,SOCIAL_WORKERS,3,2,,,,,
            """;
        var before = await _writing.CountsAsync();

        var first = await ImportAsync("activities", file, Partner);
        var again = await ImportAsync("activities", file, Partner);
        var stranger = await ImportAsync("activities", file, Stranger);

        Assert.Equal((HttpStatusCode.OK, (2, 2, 0, 0)), (first.Status, Counts(first.Report)));
        Assert.Equal((HttpStatusCode.OK, (2, 0, 0, 2)), (again.Status, Counts(again.Report)));
        Assert.Equal([(3, "project_code", "NOT_FOUND"), (4, "project_code", "NOT_FOUND")], Faults(stranger.Report));
        Assert.Equal(before with { Activities = before.Activities + 2, Audit = before.Audit + 2 }, await _writing.CountsAsync());
        var activity = await hub.WithDbAsync(db => db.CapacityBuildingActivities.AsNoTracking().SingleAsync(a => a.Key == "TOT-01" && a.Project!.Code == code));
        Assert.Equal((10, 12, 12.5m, 20, (int?)null), (activity.ParticipantsFemale, activity.ParticipantsMale, activity.KnowledgeGainPoints, activity.ParticipantsCertified, activity.ProceduresAdopted));
    }

    [Fact]
    public async Task An_import_needs_a_token_the_role_a_known_kind_a_csv_body_and_a_file_that_says_something()
    {
        var file = $"{ProjectHeader}\n";
        using (var anonymous = new HttpRequestMessage(HttpMethod.Post, "/import/projects") { Content = new StringContent(file, Encoding.UTF8, "text/csv") })
        {
            Assert.Equal((HttpStatusCode.Unauthorized, "AUTHENTICATION_REQUIRED"), await RefusalAsync(anonymous));
        }

        Assert.Equal((HttpStatusCode.Unauthorized, "INVALID_TOKEN"), await RefusalAsync(Request("projects", file, "not-a-token")));
        Assert.Equal((HttpStatusCode.Forbidden, "MISSING_ROLE"), await RefusalAsync(Request("projects", file, await _writing.TokenAsync(Lead, HubRoles.ProjectsRead))));
        Assert.Equal((HttpStatusCode.Forbidden, "AGENCY_SUSPENDED"), await RefusalAsync(Request("projects", file, await _writing.TokenAsync(WellKnownAgencies.SuspendedNgo))));
        Assert.Equal((HttpStatusCode.NotFound, "UNKNOWN_IMPORT"), await RefusalAsync(Request("cases", file, await _writing.TokenAsync(Lead))));
        using (var json = Request("projects", file, await _writing.TokenAsync(Lead)))
        {
            json.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            Assert.Equal((HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE"), await RefusalAsync(json));
        }

        var empty = await ImportAsync("projects", "");
        var latin1 = await ImportAsync("projects", Encoding.Latin1.GetBytes($"{ProjectHeader}\n{NewCode()},Caf\u00e9,Fund,{_writing.Day(-1)},{_writing.Day(1)},ONGOING,PROTECTION,NGA,,,,,,,\n"));
        var noKey = await ImportAsync("projects", "title,donor\nA,B\n");
        Assert.Equal([(0, "", "REQUIRED")], Faults(empty.Report));
        Assert.Equal([(0, "", "INVALID_VALUE")], Faults(latin1.Report));
        Assert.Equal([(1, "code", "REQUIRED")], Faults(noKey.Report));
    }

    private Task<(HttpStatusCode Status, JsonNode Report)> ImportAsync(string kind, string file, string agency = Lead) => ImportAsync(kind, Encoding.UTF8.GetBytes(file), agency);

    private async Task<(HttpStatusCode Status, JsonNode Report)> ImportAsync(string kind, byte[] file, string agency = Lead)
    {
        using var request = Request(kind, file, await _writing.TokenAsync(agency));
        using var response = await _writing.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, body);
        return (response.StatusCode, JsonNode.Parse(body)!);
    }

    private static HttpRequestMessage Request(string kind, string file, string token) => Request(kind, Encoding.UTF8.GetBytes(file), token);

    private static HttpRequestMessage Request(string kind, byte[] file, string token)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, $"/import/{kind}") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private async Task<(HttpStatusCode, string)> RefusalAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await _writing.Client.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            return (response.StatusCode, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
    }

    private static (int Rows, int Created, int Updated, int Unchanged) Counts(JsonNode report) =>
        (report["rows"]!.GetValue<int>(), report["created"]!.GetValue<int>(), report["updated"]!.GetValue<int>(), report["unchanged"]!.GetValue<int>());

    private static List<(int Row, string Column, string Code)> Faults(JsonNode report) =>
        [.. report["errors"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["column"]!.GetValue<string>(), e["code"]!.GetValue<string>())).Order()];
}
