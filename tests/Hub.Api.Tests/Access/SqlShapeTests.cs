using GraphQL;
using Hub.Api.Hosting;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Api.Tests.Access;

/// <summary>What the database is asked: gated columns only under the consent condition, only the
/// selected columns, and a number of commands that does not grow with the page size.</summary>
public sealed class SqlShapeTests(HubFactory hub, ITestOutputHelper output) : IClassFixture<HubFactory>
{
    private readonly HttpClient _client = hub.CreateClient();
    private SqlCommandLog Log => hub.Services.GetRequiredService<SqlCommandLog>();

    private async Task<(long Commands, List<string> Sql, GraphQLResponse Response)> RunAsync(string query, string token, object? variables = null)
    {
        var log = Log;
        log.Captured.Clear();
        log.Capture = true;
        var before = log.Count;
        var response = await _client.PostAsync(query, token, variables);
        log.Capture = false;
        return (log.Count - before, [.. log.Captured], response);
    }

    [Fact]
    public async Task CaseQuery_ReadsAGatedColumnOnlyUnderTheConsentCondition_AndNoUnrequestedColumn()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.CasesRead, HubRoles.CasesReadIdentity]);

        var (_, sql, response) = await RunAsync("{ cases(purpose: ASSISTANCE, first: 5) { nodes { reference givenName } } }", token);

        Assert.Empty(response.ErrorCodes);
        var select = sql.Single(s => s.Contains("FROM \"Cases\"", StringComparison.Ordinal) && s.Contains("GivenName", StringComparison.Ordinal));
        output.WriteLine(select);
        var column = select.IndexOf("\"GivenName\"", StringComparison.Ordinal);
        var caseWhen = select.LastIndexOf("CASE", column, StringComparison.Ordinal);
        Assert.True(caseWhen >= 0 && caseWhen < column, "GivenName is read outside a CASE WHEN.");
        var condition = select[caseWhen..column];
        Assert.Contains("\"Consents\"", condition, StringComparison.Ordinal);
        Assert.Contains("\"OwnerAgencyId\"", condition, StringComparison.Ordinal);
        foreach (var unrequested in new[] { "FamilyName", "Phone", "DocumentNumber", "DateOfBirth", "CurrentLocation", "CitizenshipCode", "Sex", "LabourSector" })
        {
            Assert.DoesNotContain($"\"{unrequested}\"", select, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FieldsLeftOutBySkipOrInclude_AreNeitherReadNorWithheldNorLogged()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.CasesRead, HubRoles.CasesReadIdentity]);
        const string selection = "(purpose: ASSISTANCE, first: 20) { nodes { id sex givenName @skip(if: $hide) ... @include(if: false) { familyName } withheld { field } } }";

        var (_, hiddenSql, hidden) = await RunAsync($"query Hidden($hide: Boolean!) {{ cases{selection} }}", token, new { hide = true });
        var (_, shownSql, _) = await RunAsync($"query Shown($hide: Boolean!) {{ cases{selection} }}", token, new { hide = false });

        var select = hiddenSql.Single(s => s.Contains("FROM \"Cases\"", StringComparison.Ordinal) && s.Contains("\"Sex\"", StringComparison.Ordinal));
        Assert.DoesNotContain("\"GivenName\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"FamilyName\"", select, StringComparison.Ordinal);
        Assert.Contains(shownSql, s => s.Contains("\"GivenName\"", StringComparison.Ordinal));
        Assert.DoesNotContain(shownSql, s => s.Contains("\"FamilyName\"", StringComparison.Ordinal));
        var nodes = hidden.Data!["cases"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.False(n!.AsObject().ContainsKey("givenName")));
        Assert.All(nodes, n => Assert.DoesNotContain(n!["withheld"]!.AsArray(), w => w!["field"]!.GetValue<string>() is "givenName" or "familyName"));
        var logged = await hub.WithDbAsync(db => db.Disclosures.Where(d => d.OperationName == "Hidden").Select(d => d.Categories).ToListAsync());
        Assert.Equal(nodes.Count, logged.Count);
        Assert.All(logged, c => Assert.False(c.HasFlag(Hub.Data.Entities.DataCategory.Identity)));
    }

    [Fact]
    public async Task NestedReferralQuery_SendsAsManyCommandsForAHundredAsForTen()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.ProjectsRead]);
        const string query = "{{ referrals(purpose: ASSISTANCE, first: {0}) {{ nodes {{ id case {{ reference owner {{ code }} }} fromAgency {{ code }} toAgency {{ code }} project {{ code leadAgency {{ code }} }} }} }} }}";

        var (tenTotal, tenSql, tenResponse) = await RunAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query, 10), token);
        var (hundredTotal, hundredSql, hundredResponse) = await RunAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query, 100), token);

        // Reads only: the disclosure log's INSERT is batched by the provider, in batches whose size
        // is the provider's business.
        var ten = tenSql.Count(IsRead);
        var hundred = hundredSql.Count(IsRead);
        output.WriteLine($"first: 10 → {ten} reads ({tenTotal} commands); first: 100 → {hundred} reads ({hundredTotal} commands)");
        Assert.Empty(tenResponse.ErrorCodes);
        Assert.Equal(10, tenResponse.Data!["referrals"]!["nodes"]!.AsArray().Count);
        Assert.True(hundredResponse.Data!["referrals"]!["nodes"]!.AsArray().Count > 10);
        Assert.Equal(ten, hundred);
    }

    // What each request asks the database, counted over the real pipeline: the page with its
    // single-valued relations joined and the registry's word on the caller (once the instance
    // remembers the caller's agency), a loader per list under a list, and the disclosure log as
    // one statement.
    [Fact]
    public async Task ProjectsPage_ReadsItsLeadAgenciesInTheSameStatement()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.ProjectsRead]);

        const string query = "{ projects(first: 20) { nodes { code title leadAgency { code name country { code name } } } } }";
        var (_, first, _) = await RunAsync(query, token);

        // Countries, reference data no request writes, are read once.
        var (commands, sql, response) = await RunAsync(query, token);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(20, response.Data!["projects"]!["nodes"]!.AsArray().Count);
        Assert.All(response.Data!["projects"]!["nodes"]!.AsArray(), n => Assert.False(string.IsNullOrEmpty(n!["leadAgency"]!["country"]!["name"]!.GetValue<string>())));
        output.WriteLine(string.Join("\n\n", sql));
        // One statement: the page, its lead agencies, and the registry's word on the caller.
        Assert.Equal(1, commands);
        Assert.Contains("\"AgencyTenants\"", sql[0], StringComparison.Ordinal);
        Assert.Contains("JOIN \"Agencies\"", sql[0], StringComparison.Ordinal);
        Assert.Contains(first, s => s.Contains("FROM \"Countries\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OwnersCasePage_IsOneStatement_ItsMultiValuedFieldsIncluded_AndOneInsertForTheLog()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead]);
        const string query = "{ cases(purpose: ASSISTANCE, first: 20) { nodes { id reference owner { code name } sex citizenship { code } exploitationTypes status withheld { field } } pageInfo { endCursor } } }";
        await RunAsync(query, token);

        var (commands, sql, response) = await RunAsync(query, token);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(20, response.Data!["cases"]!["nodes"]!.AsArray().Count);
        output.WriteLine(string.Join("\n\n", sql));
        Assert.Equal(2, commands);
        var page = Assert.Single(sql, s => s.StartsWith("SELECT", StringComparison.Ordinal));
        Assert.Contains("FROM \"CaseExploitationTypes\"", page, StringComparison.Ordinal);
        var insert = Assert.Single(sql, s => s.Contains("INSERT INTO", StringComparison.Ordinal));
        Assert.Equal(20, CountOf(insert, "), (") + 1);
        Assert.DoesNotContain(sql, s => s.Contains("FROM \"Countries\"", StringComparison.Ordinal));
        Assert.Contains(sql, s => s.Contains("FROM \"Cases\"", StringComparison.Ordinal) && s.Contains("JOIN \"Agencies\"", StringComparison.Ordinal));
        var owners = await hub.WithDbAsync(db => db.Cases.Join(db.Agencies, c => c.OwnerAgencyId, a => a.Id, (c, a) => new { c.Id, a.Code }).ToDictionaryAsync(x => x.Id, x => x.Code));
        Assert.All(response.Data!["cases"]!["nodes"]!.AsArray(), n => Assert.Equal(owners[Guid.Parse(n!["id"]!.GetValue<string>())], n["owner"]!["code"]!.GetValue<string>()));
        // The set, read as one number, is each case's rows in the enum's order.
        var types = await hub.WithDbAsync(db => db.Set<CaseExploitationType>().ToListAsync());
        var disclosed = response.Data!["cases"]!["nodes"]!.AsArray().Where(n => n!["exploitationTypes"] is not null).ToList();
        Assert.Contains(disclosed, n => n!["exploitationTypes"]!.AsArray().Count > 1);
        Assert.All(disclosed, n => Assert.Equal(
            types.Where(t => t.CaseId == Guid.Parse(n!["id"]!.GetValue<string>())).Select(t => t.Type).Order().Select(t => t.ToString().ToConstantCase()),
            n!["exploitationTypes"]!.AsArray().Select(v => v!.GetValue<string>())));
    }

    // A page's row limit is a number in the statement, never a parameter: the database plans a
    // page knowing how few rows it reads. The root page (both halves of rule 2 and their merge) and
    // the pages of each case's referrals, numbered in the database, alike.
    [Theory]
    [InlineData(7)]
    [InlineData(20)]
    public async Task PageSizes_AreWrittenIntoTheStatements_AsNumbers(int size)
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead]);
        var query = $"{{ cases(purpose: ASSISTANCE, first: {size}) {{ nodes {{ id referrals(first: {size}) {{ nodes {{ id }} }} }} }} }}";

        var (_, sql, response) = await RunAsync(query, token);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(size, response.Data!["cases"]!["nodes"]!.AsArray().Count);
        output.WriteLine(string.Join("\n\n", sql));
        var page = Assert.Single(sql, s => s.Contains("FROM \"Cases\"", StringComparison.Ordinal) && IsRead(s) && s.Contains("ORDER BY", StringComparison.Ordinal));
        Assert.Equal(3, CountOf(page, $"LIMIT {size + 1}"));
        Assert.Contains(sql, s => s.Contains("FROM \"Referrals\"", StringComparison.Ordinal) && s.Contains($"<= {size + 1}", StringComparison.Ordinal));
        Assert.DoesNotContain(sql, s => s.Contains("@PageRowLimit", StringComparison.Ordinal) || s.Contains("LIMIT @", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReferralsWithTheirCasesAndParties_AreReadInAFixedNumberOfStatements()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.ProjectsRead]);

        const string query = "{ referrals(purpose: ASSISTANCE, first: 100) { nodes { status fromAgency { code } toAgency { code } project { code } case { reference sex withheld { field } } } } }";
        await RunAsync(query, token);

        var (commands, sql, response) = await RunAsync(query, token);

        Assert.Empty(response.ErrorCodes);
        output.WriteLine(string.Join("\n\n", sql));
        // The referrals with both parties, their projects and the registry's word on the caller;
        // their cases under the case rules; and the log.
        Assert.Equal(3, commands);
        Assert.Contains(sql, s => s.Contains("FROM \"Referrals\"", StringComparison.Ordinal) && CountOf(s, "JOIN \"Agencies\"") - CountOf(s, "FROM \"AgencyTenants\"") == 2 && s.Contains("JOIN \"Projects\"", StringComparison.Ordinal));
    }

    // Read in the referral's statement, a project shows what project(code) shows the same caller:
    // its financial fields only where the financial rule lets it see them.
    [Fact]
    public async Task AProjectReadWithItsReferral_ShowsWhatTheProjectFieldShows()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.ProjectsRead]);
        const string fields = "code title status leadAgency { code } financialsDisclosed budgetUsd donorContributions { donor year amountUsd }";

        var referrals = await _client.PostAsync($"{{ referrals(purpose: ASSISTANCE, first: 100) {{ nodes {{ project {{ {fields} }} }} }} }}", token);

        Assert.Empty(referrals.ErrorCodes);
        var projects = referrals.Data!["referrals"]!["nodes"]!.AsArray().Select(n => n!["project"]).OfType<System.Text.Json.Nodes.JsonNode>().ToList();
        Assert.NotEmpty(projects);
        Assert.Contains(projects, p => !p["financialsDisclosed"]!.GetValue<bool>());
        foreach (var project in projects.DistinctBy(p => p["code"]!.GetValue<string>()))
        {
            var alone = await _client.PostAsync($"{{ project(code: \"{project["code"]!.GetValue<string>()}\") {{ {fields} }} }}", token);
            Assert.Equal(alone.Data!["project"]!.ToJsonString(), project.ToJsonString());
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static bool IsRead(string sql) => !sql.Contains("INSERT INTO", StringComparison.Ordinal);
}
