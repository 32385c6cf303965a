using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Disclosures;

/// <summary>Rules 9 and 12: the log holds exactly the cases named in the response that leaves: a
/// failed response logs nothing, a cursor is a disclosure, a filtered page discloses what it chose,
/// and an error that says a case is visible or matched names it.</summary>
public sealed class DisclosureLogTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private readonly HttpClient _client = hub.CreateClient();

    private async Task<(GraphQLResponse Response, List<Disclosure> Logged)> RunAsync(string operation, string body)
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.ProjectsRead]);
        var name = operation + Guid.NewGuid().ToString("N");
        var response = await _client.PostAsync($"query {name} {body}", token);
        return (response, await hub.WithDbAsync(db => db.Disclosures.Where(d => d.OperationName == name).ToListAsync()));
    }

    [Fact]
    public async Task AResponseWithoutData_LogsNothing()
    {
        var (response, logged) = await RunAsync("Failed", """{ cases(purpose: ASSISTANCE, first: 3) { nodes { id sex referrals(after: "not-a-cursor") { totalCount } } } }""");

        Assert.Null(response.Json["data"]);
        Assert.Equal(["INVALID_CURSOR", "INVALID_CURSOR", "INVALID_CURSOR"], response.ErrorCodes);
        Assert.Empty(logged);
    }

    [Theory]
    [InlineData("pageInfo { hasNextPage }")]
    [InlineData("edges { __typename }")]
    [InlineData("edges { cursor @include(if: false) }")]
    public async Task AFilteredPage_DisclosesEveryCaseItChose_AndTheOneBeyond_WhateverIsSelectedOfIt(string selection)
    {
        var (ids, _) = await RunAsync("Ids", "{ cases(purpose: ASSISTANCE, first: 2, where: { sex: { neq: null } }) { nodes { id } } }");
        var (probe, logged) = await RunAsync("Probe", $$"""{ cases(purpose: ASSISTANCE, first: 1, where: { sex: { neq: null } }) { {{selection}} } }""");
        var (_, unfiltered) = await RunAsync("Unfiltered", "{ cases(purpose: ASSISTANCE, first: 1) { pageInfo { hasNextPage } edges { __typename } } }");

        Assert.Empty(probe.ErrorCodes);
        Assert.Equal(ids.Data!["cases"]!["nodes"]!.AsArray().Select(n => Guid.Parse(n!["id"]!.GetValue<string>())).Order(), logged.Select(d => d.CaseId).Order());
        Assert.All(logged, d => Assert.Equal(DataCategory.Demographic, d.Categories));
        Assert.Empty(unfiltered);
    }

    [Fact]
    public async Task APageAfterACursor_DisclosesItsCases_WhateverIsSelectedOfIt()
    {
        var (first, _) = await RunAsync("First", "{ cases(purpose: ASSISTANCE, first: 1) { pageInfo { endCursor } } }");
        var cursor = first.Data!["cases"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var (next, _) = await RunAsync("Next", $$"""{ cases(purpose: ASSISTANCE, first: 2, after: "{{cursor}}") { nodes { id } } }""");
        var (_, logged) = await RunAsync("Shape", $$"""{ cases(purpose: ASSISTANCE, first: 1, after: "{{cursor}}") { pageInfo { hasNextPage } } }""");

        Assert.Equal(next.Data!["cases"]!["nodes"]!.AsArray().Select(n => Guid.Parse(n!["id"]!.GetValue<string>())).Order(), logged.Select(d => d.CaseId).Order());
        Assert.All(logged, d => Assert.Equal(DataCategory.None, d.Categories));
    }

    [Fact]
    public async Task AReferralsCaseNulledByAnErrorBeneathIt_IsLogged_ForTheErrorSaysItIsVisible()
    {
        var (plain, _) = await RunAsync("Plain", "{ referrals(purpose: ASSISTANCE, first: 5) { nodes { case { id } } } }");
        var (response, logged) = await RunAsync("Nulled", """{ referrals(purpose: ASSISTANCE, first: 5) { nodes { id case { referrals(after: "not-a-cursor") { totalCount } } } } }""");

        var visible = plain.Data!["referrals"]!["nodes"]!.AsArray().Where(n => n!["case"] is not null).Select(n => Guid.Parse(n!["case"]!["id"]!.GetValue<string>())).Distinct().Order().ToList();
        Assert.NotEmpty(visible);
        Assert.All(response.ErrorCodes, c => Assert.Equal("INVALID_CURSOR", c));
        Assert.Equal(visible, logged.Select(d => d.CaseId).Order());
        Assert.All(logged, d => Assert.Equal(DataCategory.None, d.Categories));
    }

    [Fact]
    public async Task AnErrorBeneathACaseAFilterChose_LogsThatCase_EvenWhenTheResponseHasNoData()
    {
        var (ids, _) = await RunAsync("Ids", "{ cases(purpose: ASSISTANCE, first: 2, where: { sex: { neq: null } }) { nodes { id } } }");
        var (response, logged) = await RunAsync("Erred", """{ cases(purpose: ASSISTANCE, first: 2, where: { sex: { neq: null } }) { nodes { id referrals(after: "not-a-cursor") { totalCount } } } }""");

        Assert.Null(response.Json["data"]);
        Assert.Equal(["INVALID_CURSOR", "INVALID_CURSOR"], response.ErrorCodes);
        Assert.Equal(ids.Data!["cases"]!["nodes"]!.AsArray().Select(n => Guid.Parse(n!["id"]!.GetValue<string>())).Order(), logged.Select(d => d.CaseId).Order());
        Assert.All(logged, d => Assert.Equal(DataCategory.Demographic, d.Categories));
    }

    [Fact]
    public async Task ACaseAskedForByItsId_AndNulledByAnErrorBeneathIt_IsLogged_ForTheErrorSaysItIsVisible()
    {
        var (ids, _) = await RunAsync("Ids", "{ cases(purpose: ASSISTANCE, first: 1) { nodes { id } } }");
        var id = ids.Data!["cases"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var (response, logged) = await RunAsync("Nulled", $$"""{ case(id: "{{id}}", purpose: ASSISTANCE) { referrals(after: "not-a-cursor") { totalCount } } }""");

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
        Assert.Null(response.Data!["case"]);
        var row = Assert.Single(logged);
        Assert.Equal(Guid.Parse(id), row.CaseId);
        Assert.Equal(DataCategory.None, row.Categories);
    }

    [Fact]
    public async Task ACursor_IsLoggedAsADisclosureOfItsCase_AndACountIsNot()
    {
        var (cursorResponse, cursorLogged) = await RunAsync("CursorOnly", "{ cases(purpose: ASSISTANCE, first: 3) { pageInfo { startCursor endCursor } } }");
        var (idResponse, _) = await RunAsync("Ids", "{ cases(purpose: ASSISTANCE, first: 3) { nodes { id } } }");
        var (_, countLogged) = await RunAsync("CountOnly", "{ cases(purpose: ASSISTANCE) { totalCount } }");

        Assert.Empty(cursorResponse.ErrorCodes);
        var ids = idResponse.Data!["cases"]!["nodes"]!.AsArray().Select(n => Guid.Parse(n!["id"]!.GetValue<string>())).ToList();
        Assert.Equal(new[] { ids[0], ids[^1] }.Order(), cursorLogged.Select(d => d.CaseId).Order());
        Assert.All(cursorLogged, d => Assert.Equal(DataCategory.None, d.Categories));
        Assert.Empty(countLogged);
    }
}
