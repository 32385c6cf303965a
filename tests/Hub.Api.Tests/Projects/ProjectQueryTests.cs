using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;

namespace Hub.Api.Tests.Projects;

/// <summary>Projects and activities: readable by every active agency with Projects.Read; budgets
/// and contributions only with Projects.ReadFinancials or as lead or partner (rule 10). Filters,
/// ordering and keyset paging run in the database.</summary>
public sealed class ProjectQueryTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private readonly HttpClient _client = hub.CreateClient();

    private Task<string> TokenAsync(string agency, params string[] roles) => _client.DevTokenAsync(agency, roles);

    [Fact]
    public async Task Projects_PageForwardAndBack_WithoutGapsOrRepeats()
    {
        var token = await TokenAsync(WellKnownAgencies.NigeriaMinistry, HubRoles.ProjectsRead);
        var all = (await _client.PostAsync("{ projects(first: 30, order: [{ endsOn: ASC }, { title: DESC }]) { nodes { code } } }", token))
            .Data!["projects"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).ToList();

        var paged = new List<string>();
        string? after = null;
        for (var i = 0; i < 3; i++)
        {
            var page = (await _client.PostAsync($"{{ projects(first: 10, order: [{{ endsOn: ASC }}, {{ title: DESC }}]{(after is null ? "" : $", after: \"{after}\"")}) {{ nodes {{ code }} pageInfo {{ endCursor }} }} }}", token)).Data!["projects"]!;
            paged.AddRange(page["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()));
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        var back = (await _client.PostAsync($"{{ projects(last: 10, before: \"{after}\", order: [{{ endsOn: ASC }}, {{ title: DESC }}]) {{ nodes {{ code }} }} }}", token))
            .Data!["projects"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).ToList();

        Assert.Equal(all, paged);
        Assert.Equal(all.Skip(19).Take(10), back);
    }

    [Fact]
    public async Task Paging_IsStable_WhenRowsAreInsertedBetweenPages()
    {
        var token = await TokenAsync(WellKnownAgencies.NigeriaMinistry, HubRoles.ProjectsRead);
        const string order = "order: [{ code: DESC }]";
        var all = (await _client.PostAsync($"{{ projects(first: 20, {order}) {{ nodes {{ code }} }} }}", token))
            .Data!["projects"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).ToList();
        var first = (await _client.PostAsync($"{{ projects(first: 10, {order}) {{ pageInfo {{ endCursor }} }} }}", token)).Data!["projects"]!;

        await hub.WithDbAsync(async db =>
        {
            var lead = db.Agencies.First().Id;
            db.Projects.Add(new Hub.Data.Entities.Project
            {
                Id = Guid.NewGuid(),
                Code = "CT-9999-0001",
                Title = "Inserted while paging",
                Donor = "Test",
                LeadAgencyId = lead,
                StartsOn = new DateOnly(2026, 1, 1),
                EndsOn = new DateOnly(2026, 12, 31),
            });
            return await db.SaveChangesAsync();
        });
        var second = (await _client.PostAsync($"{{ projects(first: 10, {order}, after: \"{first["pageInfo"]!["endCursor"]}\") {{ nodes {{ code }} }} }}", token))
            .Data!["projects"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>());

        Assert.Equal(all.Skip(10), second);
    }

    [Fact]
    public async Task Projects_RefuseBadPagingAndCursors()
    {
        var token = await TokenAsync(WellKnownAgencies.NigeriaMinistry, HubRoles.ProjectsRead);
        var cursor = (await _client.PostAsync("{ projects(first: 1) { pageInfo { endCursor } } }", token)).Data!["projects"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        Assert.Equal(["INVALID_PAGING"], (await _client.PostAsync("{ projects(first: 101) { totalCount } }", token)).ErrorCodes);
        Assert.Equal(["INVALID_PAGING"], (await _client.PostAsync("{ projects(first: 1, last: 1) { totalCount } }", token)).ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], (await _client.PostAsync("{ projects(after: \"bm90IGEgY3Vyc29y\") { totalCount } }", token)).ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], (await _client.PostAsync($"{{ projects(after: \"{cursor}\", order: [{{ title: ASC }}]) {{ totalCount }} }}", token)).ErrorCodes);
        Assert.Equal(["INVALID_ORDER"], (await _client.PostAsync("{ projects(order: [{ title: ASC, code: DESC }]) { totalCount } }", token)).ErrorCodes);
    }

    [Fact]
    public async Task Rule10_Financials_OnlyWithTheRole_OrAsLeadOrPartner()
    {
        var oldest = (await _client.PostAsync("{ projects(first: 1, order: [{ code: ASC }]) { nodes { code } } }", await TokenAsync(WellKnownAgencies.ThailandLegalAid, HubRoles.ProjectsRead)))
            .Data!["projects"]!["nodes"]![0]!["code"]!.GetValue<string>();
        var query = $$"""{ project(code: "{{oldest}}") { leadAgency { code } partnerAgencies { code } financialsDisclosed budgetUsd donorContributions { donor year amountUsd } } }""";
        var outsider = await _client.PostAsync(query, await TokenAsync(WellKnownAgencies.ThailandLegalAid, HubRoles.ProjectsRead));
        var financials = await _client.PostAsync(query, await TokenAsync(WellKnownAgencies.ThailandLegalAid, HubRoles.ProjectsRead, HubRoles.ProjectsReadFinancials));
        var lead = outsider.Data!["project"]!["leadAgency"]!["code"]!.GetValue<string>();
        var asLead = await _client.PostAsync(query, await TokenAsync(lead, HubRoles.ProjectsRead));

        Assert.False(outsider.Data!["project"]!["financialsDisclosed"]!.GetValue<bool>());
        Assert.Null(outsider.Data!["project"]!["budgetUsd"]);
        Assert.Null(outsider.Data!["project"]!["donorContributions"]);
        Assert.True(financials.Data!["project"]!["financialsDisclosed"]!.GetValue<bool>());
        Assert.NotNull(financials.Data!["project"]!["budgetUsd"]);
        Assert.NotEmpty(financials.Data!["project"]!["donorContributions"]!.AsArray());
        Assert.Equal(financials.Body, asLead.Body);
    }

    [Fact]
    public async Task Projects_NeedTheProjectsReadRole()
    {
        var response = await _client.PostAsync("{ projects { totalCount } capacityBuildingActivities { totalCount } }", await TokenAsync(WellKnownAgencies.NigeriaShelter, HubRoles.CasesRead));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        // One refusal per missing role, where it is first needed.
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
        Assert.Contains("'Projects.Read'", response.Json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
