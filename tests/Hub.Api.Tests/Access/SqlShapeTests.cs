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

    private static bool IsRead(string sql) => !sql.Contains("INSERT INTO", StringComparison.Ordinal);
}
