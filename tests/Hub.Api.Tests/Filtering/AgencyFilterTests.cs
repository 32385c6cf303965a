using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;

namespace Hub.Api.Tests.Filtering;

/// <summary>Agencies are filtered by the code people remember as well as by id, wherever a list
/// refers to one.</summary>
public sealed class AgencyFilterTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private readonly HttpClient _client = hub.CreateClient();

    [Theory]
    [InlineData("referrals(purpose: ASSISTANCE, first: 100, where: { fromAgency: { code: { eq: \"NGA-SHSN\" } } })", "fromAgency", "NGA-SHSN")]
    [InlineData("referrals(purpose: ASSISTANCE, first: 100, where: { toAgency: { code: { neq: \"NGA-SHSN\" } } })", "toAgency", "!NGA-SHSN")]
    [InlineData("referrals(purpose: ASSISTANCE, first: 100, where: { not: { fromAgency: { code: { startsWith: \"nga-sh\" } } } })", "fromAgency", "!NGA-SHSN")]
    public async Task Referrals_FilterByAnAgencysCode(string field, string agency, string expected)
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead]);

        var response = await _client.PostAsync($"{{ {field} {{ totalCount nodes {{ {agency} {{ code }} }} }} }}", token);

        Assert.Empty(response.ErrorCodes);
        var codes = response.Data!["referrals"]!["nodes"]!.AsArray().Select(n => n![agency]!["code"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Equal(expected.StartsWith('!'), code != expected.TrimStart('!')));
    }

    [Fact]
    public async Task Projects_FilterByTheLeadAgencysCode()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.ProjectsRead]);
        var first = await _client.PostAsync("{ projects(first: 1) { nodes { leadAgency { code id } } } }", token);
        var lead = first.Data!["projects"]!["nodes"]![0]!["leadAgency"]!;

        var byCode = await _client.PostAsync($"{{ projects(first: 100, where: {{ leadAgency: {{ code: {{ eq: \"{lead["code"]}\" }} }} }}) {{ totalCount nodes {{ leadAgency {{ code }} }} }} }}", token);
        var byId = await _client.PostAsync($"{{ projects(first: 100, where: {{ leadAgency: {{ id: {{ eq: \"{lead["id"]}\" }} }} }}) {{ totalCount }} }}", token);

        var codes = byCode.Data!["projects"]!["nodes"]!.AsArray().Select(n => n!["leadAgency"]!["code"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Equal(lead["code"]!.GetValue<string>(), c));
        Assert.Equal(byCode.Data!["projects"]!["totalCount"]!.GetValue<int>(), byId.Data!["projects"]!["totalCount"]!.GetValue<int>());
    }
}
