using System.Net;
using Hub.Api.Tests.Access.Oracle;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;

namespace Hub.Api.Tests.Filtering;

/// <summary>What every operator means, <c>null</c> included, on one small world: an NGO (agency code
/// W-0) owns three cases; W-1 owns none.</summary>
public sealed class FilterContractTests(EmptyHub hub) : IClassFixture<EmptyHub>, IAsyncLifetime
{
    private static readonly Guid Owner = new("00000000-0000-4000-8000-000000000101");
    private static readonly Guid Other = new("00000000-0000-4000-8000-000000000102");

    private readonly HttpClient _client = hub.CreateClient();
    private readonly WorldStore _store = new(hub);

    public async Task InitializeAsync() => await _store.ReplaceAsync(new OracleWorld
    {
        Agencies = [new(Owner, AgencyKind.Ngo, "NGA", AgencyStatus.Active), new(Other, AgencyKind.Ngo, "NGA", AgencyStatus.Active)],
        Cases =
        [
            OracleCase.Blank(Guid.NewGuid(), Owner) with
            {
                Identity = new() { GivenName = "Amina", DateOfBirth = new DateOnly(1990, 1, 1) },
                Demographic = new() { Citizenship = "NGA" },
                TraffickingExperience = new() { ExploitationTypes = [ExploitationType.ForcedLabour] },
                Assistance = new() { Status = CaseStatus.Registered },
            },
            OracleCase.Blank(Guid.NewGuid(), Owner) with { Assistance = new() { Status = CaseStatus.ReceivingAssistance } },
            OracleCase.Blank(Guid.NewGuid(), Owner) with
            {
                Identity = new() { GivenName = "Ngozi", DateOfBirth = new DateOnly(1975, 5, 5) },
                Demographic = new() { Citizenship = "THA" },
                TraffickingExperience = new() { ExploitationTypes = [ExploitationType.SexualExploitation] },
                Assistance = new() { Status = CaseStatus.Closed },
            },
        ],
        Consents = [],
    });

    public Task DisposeAsync() => Task.CompletedTask;

    private string Token() => TestTokens.Mint(hub, new TokenSpec { TenantId = _store.TenantOf[Owner], Roles = [HubRoles.CasesRead, HubRoles.CasesReadIdentity] });

    [Theory]
    [InlineData("{ citizenship: { eq: null } }", "W-0001")]
    [InlineData("{ citizenship: { neq: null } }", "W-0000 W-0002")]
    [InlineData("{ citizenship: { neq: \"NGA\" } }", "W-0001 W-0002")]
    [InlineData("{ citizenship: { in: [\"NGA\", \"KEN\"] } }", "W-0000")]
    [InlineData("{ citizenship: { nin: [\"NGA\"] } }", "W-0001 W-0002")]
    [InlineData("{ not: { citizenship: { in: [\"NGA\"] } } }", "W-0001 W-0002")]
    [InlineData("{ not: { citizenship: { eq: null } } }", "W-0000 W-0002")]
    [InlineData("{ status: { eq: null } }", "")]
    [InlineData("{ status: { neq: null } }", "W-0000 W-0001 W-0002")]
    [InlineData("{ status: { in: [REGISTERED, CLOSED] } }", "W-0000 W-0002")]
    [InlineData("{ exploitationTypes: { some: { eq: null } } }", "")]
    [InlineData("{ exploitationTypes: { all: { eq: FORCED_LABOUR } } }", "W-0000 W-0001")]
    [InlineData("{ exploitationTypes: { none: { in: [FORCED_LABOUR, BEGGING] } } }", "W-0001 W-0002")]
    [InlineData("{ dateOfBirth: { gt: \"1980-01-01\" } }", "W-0000")]
    [InlineData("{ not: { dateOfBirth: { gt: \"1980-01-01\" } } }", "W-0001 W-0002")]
    [InlineData("{ givenName: { contains: \"MIN\" } }", "W-0000")]
    [InlineData("{ not: { givenName: { startsWith: \"am\" } } }", "W-0001 W-0002")]
    [InlineData("{ citizenship: null, and: null, not: null }", "W-0000 W-0001 W-0002")]
    [InlineData("{ owner: { code: { eq: \"W-0\" } } }", "W-0000 W-0001 W-0002")]
    [InlineData("{ owner: { code: { startsWith: \"w-1\" } } }", "")]
    [InlineData("{ not: { owner: { code: { eq: \"W-1\" } } } }", "W-0000 W-0001 W-0002")]
    public async Task Operators_MeanTheSameForEveryField_NullIncluded(string where, string expected)
    {
        var response = await _client.PostAsync($"{{ cases(purpose: ASSISTANCE, where: {where}, order: [{{ reference: ASC }}]) {{ nodes {{ reference }} }} }}", Token());

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.ErrorCodes);
        var references = response.Data!["cases"]!["nodes"]!.AsArray().Select(n => n!["reference"]!.GetValue<string>());
        Assert.Equal(expected, string.Join(' ', references));
    }

    [Theory]
    [InlineData("{ citizenship: { in: null } }", "citizenship.in")]
    [InlineData("{ citizenship: { nin: null } }", "citizenship.nin")]
    [InlineData("{ registeredOn: { gt: null } }", "registeredOn.gt")]
    [InlineData("{ dateOfBirth: { lte: null } }", "dateOfBirth.lte")]
    [InlineData("{ givenName: { contains: null } }", "givenName.contains")]
    [InlineData("{ reference: { startsWith: null } }", "reference.startsWith")]
    [InlineData("{ exploitationTypes: { some: { in: null } } }", "exploitationTypes.some.in")]
    [InlineData("{ owner: { code: { in: null } } }", "code.in")]
    public async Task AnOperatorThatNeedsAValue_RefusesNull_NamingTheField(string where, string path)
    {
        var response = await _client.PostAsync($"{{ cases(purpose: ASSISTANCE, where: {where}) {{ nodes {{ id }} }} }}", Token());

        Assert.Equal(["INVALID_FILTER"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Contains($"'{path}' needs a value", response.Json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCountOfCasesAFilterChose_IsRefused_TheCountOfAllIsNot()
    {
        var filtered = await _client.PostAsync("{ cases(purpose: ASSISTANCE, where: { documentNumber: { startsWith: \"A\" } }) { totalCount } }", Token());
        var all = await _client.PostAsync("{ cases(purpose: ASSISTANCE) { totalCount } }", Token());

        Assert.Equal(["INVALID_FILTER"], filtered.ErrorCodes);
        Assert.Null(filtered.Json["data"]);
        Assert.Equal(3, all.Data!["cases"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AFilterListsAtMostFiveHundredValues_OverItsListsTogether()
    {
        var values = Enumerable.Range(0, 300).Select(i => $"V{i}").ToArray();

        var within = await _client.PostAsync("query($l: [String!]) { cases(purpose: ASSISTANCE, where: { givenName: { in: $l } }) { nodes { id } } }", Token(), new { l = values });
        var over = await _client.PostAsync("query($l: [String!]) { cases(purpose: ASSISTANCE, where: { givenName: { in: $l }, familyName: { nin: $l } }) { nodes { id } } }", Token(), new { l = values });

        Assert.Empty(within.ErrorCodes);
        Assert.Equal(["INVALID_FILTER"], over.ErrorCodes);
    }

    [Fact]
    public async Task FirstZero_ReadsNoItem_ButSaysWhetherAnyFollow()
    {
        var mine = await _client.PostAsync("{ cases(purpose: ASSISTANCE, first: 0) { nodes { id } pageInfo { hasNextPage endCursor } } }", Token());
        var none = await _client.PostAsync("{ cases(purpose: ASSISTANCE, first: 0, where: { status: { eq: null } }) { nodes { id } pageInfo { hasNextPage } } }", Token());

        Assert.Empty(mine.Data!["cases"]!["nodes"]!.AsArray());
        Assert.True(mine.Data!["cases"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Null(mine.Data!["cases"]!["pageInfo"]!["endCursor"]);
        Assert.False(none.Data!["cases"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }
}
