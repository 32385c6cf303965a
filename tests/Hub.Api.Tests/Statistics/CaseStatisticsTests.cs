using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Options;
using Hub.Api.Statistics;
using Hub.Api.Tests.Access.Oracle;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Statistics.StatisticsWorld;

namespace Hub.Api.Tests.Statistics;

/// <summary>Case statistics over HTTP on a world with known counts (<see cref="StatisticsWorld"/>):
/// who is counted (rule 11), what is withheld, suppression under k, the perturbation's bounds and
/// determinism, and the differencing attacks failing.</summary>
public sealed class CaseStatisticsTests(EmptyHub hub) : IClassFixture<EmptyHub>, IAsyncLifetime
{
    private const string Table = "counts groupBy countsOncePerValue cells { dimensions { dimension value withheld } value suppressed } total { value suppressed } protection { method minimumCellSize resolution maximumAdjustment explanation }";

    private static readonly CellKeyMethod Method = new(new StatisticsOptions());

    private readonly HttpClient _client = hub.CreateClient();
    private readonly WorldStore _store = new(hub);
    private OracleWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = StatisticsWorld.Build(hub.Now);
        await _store.ReplaceAsync(_world);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Token(Guid agency, params string[] roles) =>
        TestTokens.Mint(hub, new TokenSpec { TenantId = _store.TenantOf[agency], Roles = roles.Length == 0 ? [HubRoles.StatisticsRead] : roles });

    private async Task<JsonNode> CountAsync(Guid agency, string arguments, params string[] roles)
    {
        var response = await _client.PostAsync($"{{ caseStatistics{arguments} {{ {Table} }} }}", Token(agency, roles));
        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.True(response.Json["errors"] is null, response.Body);
        return response.Data!["caseStatistics"]!;
    }

    // The test's own count: the cases the agency may count, each with the categories it may count
    // it by (all for its own, the union of its active statistics consents' otherwise).
    private List<(OracleCase Case, DataCategory Categories)> Countable(Guid agency)
    {
        var who = _world.Agencies.Single(a => a.Id == agency);
        var now = hub.Now;
        return _world.Cases.Select(c => (c, categories: c.OwnerAgencyId == agency
                ? (DataCategory)14
                : _world.Consents.Where(k => k.CaseId == c.Id && k.Purpose == Purpose.ResearchAndStatistics && k.GrantedOn <= now && k.ExpiresOn > now
                        && (k.RevokedOn is null || k.RevokedOn > now)
                        && (k.RecipientAgencyId == agency || (k.RecipientKind == who.Kind && k.RecipientCountryCode == who.CountryCode)))
                    .Aggregate(DataCategory.None, (all, k) => all | (k.Categories & (DataCategory)14))))
            .Where(x => x.c.OwnerAgencyId == agency || x.categories != DataCategory.None)
            .Select(x => (x.c, x.categories)).ToList();
    }

    // A cell's published count in a question that counts the population given.
    private static int? Expected(IEnumerable<OracleCase> cell, IEnumerable<OracleCase> population)
    {
        var (list, all) = (cell.ToList(), population.ToList());
        return Method.Publish(list.Count, list.Sum(c => c.RecordKey) % 256, CellKeyMethod.PopulationKey(all.Count, all.Sum(c => (long)c.RecordKey)));
    }

    private static List<(string?[] Values, int? Value, bool Suppressed)> Cells(JsonNode table) =>
        [.. table["cells"]!.AsArray().Select(c => (
            c!["dimensions"]!.AsArray().Select(d => d!["withheld"]!.GetValue<bool>() ? "#withheld" : d["value"]?.GetValue<string>()).ToArray(),
            c["value"]?.GetValue<int>(), c["suppressed"]!.GetValue<bool>()))];

    [Fact]
    public async Task Owner_counts_its_cases_and_those_shared_with_it_for_statistics_by_country_and_sex()
    {
        var table = await CountAsync(Owner, "(groupBy: [COUNTRY_OF_IDENTIFICATION, SEX])");

        var countable = Countable(Owner).Select(x => x.Case).ToList();
        Assert.Equal(22, countable.Count);
        var expected = countable.GroupBy(c => (c.Demographic.CountryOfIdentification, Sex: c.Demographic.Sex!.Value.ToString().ToUpperInvariant()))
            .OrderBy(g => g.Key.CountryOfIdentification, StringComparer.Ordinal).ThenBy(g => g.Key.Sex, StringComparer.Ordinal)
            .Select(g => (new[] { g.Key.CountryOfIdentification, g.Key.Sex }, Expected(g, countable), Expected(g, countable) is null)).Where(e => !e.Item3).ToList();
        Assert.Equal(expected.Select(e => (string.Join("/", e.Item1), e.Item2, e.Item3)), Cells(table).Select(c => (string.Join("/", c.Values), c.Value, c.Suppressed)));
        Assert.Equal(Expected(countable, countable), table["total"]!["value"]!.GetValue<int>());

        // The three Ghanaian women are fewer than k: suppressed, and not even listed, since a listed
        // cell would say that somebody has its values.
        Assert.DoesNotContain(Cells(table), c => c.Values.Contains("GHA"));
        Assert.All(Cells(table), c => Assert.False(c.Suppressed));
        Assert.Equal("CASES", table["counts"]!.GetValue<string>());
        Assert.Empty(table["countsOncePerValue"]!.AsArray());
    }

    [Fact]
    public async Task Every_published_count_is_within_the_maximum_adjustment_of_the_true_count()
    {
        foreach (var grouping in new[] { "", "(groupBy: [SEX])", "(groupBy: [COUNTRY_OF_IDENTIFICATION])", "(groupBy: [CITIZENSHIP, SEX, COUNTRY_OF_EXPLOITATION])" })
        {
            var table = await CountAsync(Owner, grouping);
            Assert.Equal(2, table["protection"]!["maximumAdjustment"]!.GetValue<int>());
            var total = table["total"]!["value"]!.GetValue<int>();
            Assert.InRange(total, 22 - 2, 22 + 2);
            foreach (var cell in Cells(table).Where(c => !c.Suppressed))
            {
                Assert.True(cell.Value >= 5 - 2, $"{string.Join("/", cell.Values)}: {cell.Value}");
            }
        }

        var protection = (await CountAsync(Owner, ""))["protection"]!;
        Assert.Equal("CELL_KEY_PERTURBATION", protection["method"]!.GetValue<string>());
        Assert.Equal(5, protection["minimumCellSize"]!.GetValue<int>());
        Assert.Equal(1, protection["resolution"]!.GetValue<int>());
        Assert.Contains("fewer than 5 people is suppressed", protection["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multi_valued_dimension_counts_a_case_once_per_value_and_says_so()
    {
        var table = await CountAsync(Owner, "(groupBy: [EXPLOITATION_TYPE])");

        Assert.Equal(["EXPLOITATION_TYPE"], table["countsOncePerValue"]!.AsArray().Select(d => d!.GetValue<string>()));
        var countable = Countable(Owner).Select(x => x.Case).ToList();
        var byType = Cells(table).ToDictionary(c => c.Values[0]!, c => c.Value);
        Assert.Equal(Expected(countable.Where(c => c.TraffickingExperience.ExploitationTypes.Contains(ExploitationType.SexualExploitation)), countable), byType["SEXUAL_EXPLOITATION"]);
        Assert.Equal(Expected(countable.Where(c => c.TraffickingExperience.ExploitationTypes.Contains(ExploitationType.ForcedLabour)), countable), byType["FORCED_LABOUR"]);
        Assert.DoesNotContain("DOMESTIC_SERVITUDE", byType.Keys);

        // The total counts each case once.
        Assert.Equal(Expected(countable, countable), table["total"]!["value"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_category_the_consent_leaves_out_is_counted_as_withheld_never_as_unknown_or_dropped()
    {
        var byCountry = await CountAsync(Ministry, "(groupBy: [COUNTRY_OF_IDENTIFICATION])");
        var ministry = Countable(Ministry).Select(x => x.Case).ToList();
        var nigerians = Expected(ministry.Where(c => c.Demographic.CountryOfIdentification == "NGA"), ministry);
        Assert.Equal(nigerians is null ? [] : [$"NGA: {nigerians}"], Cells(byCountry).Select(c => $"{c.Values[0]}: {c.Value}"));

        var byType = await CountAsync(Ministry, "(groupBy: [EXPLOITATION_TYPE, SEX])");
        var cell = Assert.Single(Cells(byType));
        Assert.Equal("#withheld/MALE", string.Join("/", cell.Values));
        Assert.Equal(Expected(ministry, ministry), cell.Value);
    }

    [Fact]
    public async Task Cases_of_other_agencies_without_an_active_statistics_consent_are_never_counted()
    {
        // The two cases shared for assistance only, or whose statistics consent was revoked, are
        // in nobody's count: each total is exactly that of the cases the test's own rule admits.
        foreach (var agency in new[] { Owner, Ministry })
        {
            var countable = Countable(agency).Select(x => x.Case).ToList();
            Assert.DoesNotContain(countable, c => c.Id == CaseId(29) || c.Id == CaseId(30));
            Assert.Equal(Expected(countable, countable), (await CountAsync(agency, ""))["total"]!["value"]?.GetValue<int>());
        }

        Assert.Equal(7, Countable(Ministry).Count);
    }

    [Fact]
    public async Task An_agency_with_no_cases_and_no_consents_sees_only_a_suppressed_total()
    {
        foreach (var grouping in new[] { "", "(groupBy: [SEX])", "(groupBy: [EXPLOITATION_TYPE, COUNTRY_OF_IDENTIFICATION])" })
        {
            var table = await CountAsync(Lonely, grouping);
            Assert.Empty(table["cells"]!.AsArray());
            Assert.Null(table["total"]!["value"]);
            Assert.True(table["total"]!["suppressed"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task Statistics_need_Statistics_Read_and_no_case_role_and_a_case_role_alone_is_not_enough()
    {
        Assert.NotNull(await CountAsync(Owner, "", HubRoles.StatisticsRead));

        var refused = await _client.PostAsync("{ caseStatistics { total { value } } }", Token(Owner, HubRoles.CasesRead, HubRoles.CasesReadIdentity));
        Assert.Equal(["MISSING_ROLE"], refused.ErrorCodes);
        Assert.Null(refused.Data?["caseStatistics"]);

        // Counting never lists: the statistics role alone reads no case.
        var listing = await _client.PostAsync("{ cases(purpose: RESEARCH_AND_STATISTICS) { nodes { id } } }", Token(Owner, HubRoles.StatisticsRead));
        Assert.Equal(["MISSING_ROLE"], listing.ErrorCodes);
    }

    [Fact]
    public async Task The_same_question_gets_the_same_answer_however_it_is_asked_and_however_often()
    {
        var first = (await CountAsync(Owner, "(groupBy: [SEX, COUNTRY_OF_IDENTIFICATION])")).ToJsonString();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(first, (await CountAsync(Owner, "(groupBy: [SEX, COUNTRY_OF_IDENTIFICATION])")).ToJsonString());
        }

        // A filter that excludes nobody counts the same people, so it gets the same answer: averaging
        // over rephrased questions learns nothing.
        var rephrased = await CountAsync(Owner, "(groupBy: [SEX, COUNTRY_OF_IDENTIFICATION], where: { sex: { in: [FEMALE, MALE] } })");
        Assert.Equal(first, rephrased.ToJsonString());
    }

    [Fact]
    public async Task Subtracting_the_published_cells_from_the_published_total_does_not_give_the_suppressed_cell()
    {
        var table = await CountAsync(Owner, "(groupBy: [COUNTRY_OF_IDENTIFICATION, SEX])");
        var total = table["total"]!["value"]!.GetValue<int>();
        var visible = Cells(table).Where(c => !c.Suppressed).ToList();
        var estimate = total - visible.Sum(c => c.Value!.Value);

        // Each published count is off by up to 2, so the suppressed cell lies somewhere in an
        // interval of width 4 × (cells + 1), clipped to 1..k-1: it holds every possible value.
        var adjustments = 2 * (visible.Count + 1);
        var candidates = Enumerable.Range(1, 4).Where(s => Math.Abs(estimate - s) <= adjustments).ToList();
        Assert.Equal([1, 2, 3, 4], candidates);
    }

    [Fact]
    public async Task Two_questions_over_populations_a_few_people_apart_do_not_show_which_cell_those_people_are_in()
    {
        // Leaving out the three Ghanaian women changes the cells they are in; were the other cells
        // published as before, the one that changed would tell who they are. The population
        // changed, so every cell's adjustment is drawn afresh.
        var all = Cells(await CountAsync(Owner, "(groupBy: [SEX, CITIZENSHIP])"));
        var without = Cells(await CountAsync(Owner, "(groupBy: [SEX, CITIZENSHIP], where: { not: { countryOfIdentification: { eq: \"GHA\" } } })"));

        var countable = Countable(Owner).Select(x => x.Case).ToList();
        var rest = countable.Where(c => c.Demographic.CountryOfIdentification != "GHA").ToList();
        foreach (var cell in without)
        {
            var members = rest.Where(c => c.Demographic.Sex.ToString()!.Equals(cell.Values[0], StringComparison.OrdinalIgnoreCase) && c.Demographic.Citizenship == cell.Values[1]);
            Assert.Equal(Expected(members, rest), cell.Value);
        }

        // None of the unchanged cells (no Ghanaian among them) is published as it was.
        var unchanged = without.Where(c => c.Values[1] != "GHA").ToList();
        Assert.NotEmpty(unchanged);
        Assert.Contains(unchanged, c => all.Single(a => a.Values.SequenceEqual(c.Values)).Value != c.Value);
    }

    [Fact]
    public async Task Each_statistic_is_audited_once_with_its_grouping_and_filter_and_discloses_no_case()
    {
        var before = await hub.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "caseStatistics"));
        var disclosures = await hub.WithDbAsync(db => db.Disclosures.CountAsync());

        await CountAsync(Ministry, "(groupBy: [SEX, CITIZENSHIP], where: { sex: { eq: MALE } })");

        var entries = await hub.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "caseStatistics").OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(before + 1, entries.Count);
        var entry = entries[^1];
        Assert.Equal(Ministry, entry.AgencyId);
        Assert.Equal("{\"groupBy\":[\"SEX\",\"CITIZENSHIP\"],\"where\":{\"sex\":{\"eq\":\"MALE\"}}}", entry.AfterJson);
        Assert.Equal(disclosures, await hub.WithDbAsync(db => db.Disclosures.CountAsync()));
    }

    [Theory]
    [InlineData("(groupBy: [SEX, SEX])", "INVALID_GROUPING")]
    [InlineData("(groupBy: [SEX, CITIZENSHIP, AGE_BRACKET, CASE_STATUS])", "INVALID_GROUPING")]
    [InlineData("(groupBy: [REFERRAL_STATUS])", "INVALID_GROUPING")]
    [InlineData("(where: { givenName: { eq: \"Person 1\" } })", "INVALID_FILTER")]
    [InlineData("(where: { or: [{ sex: { eq: MALE } }, { not: { familyName: { eq: \"x\" } } }] })", "INVALID_FILTER")]
    [InlineData("(where: { reference: { eq: \"W-0000\" } })", "ARGUMENTS_OF_CORRECT_TYPE")]
    public async Task Groupings_the_statistic_cannot_answer_and_filters_on_identity_are_refused(string arguments, string code)
    {
        var before = await hub.WithDbAsync(db => db.AuditEntries.CountAsync());
        var response = await _client.PostAsync($"{{ caseStatistics{arguments} {{ total {{ value }} }} }}", Token(Owner));

        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Data?["caseStatistics"]);
        Assert.Equal(before, await hub.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }
}
