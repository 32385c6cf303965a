using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;

namespace Hub.Api.Tests.Access;

/// <summary>Paging through the cases and referrals an agency sees, which the Hub reads as two halves
/// (its own cases and those consented to it; the referrals it sent and those sent to it) merged page
/// by page: every item once, in order. Run on demo data generated today and two years later.</summary>
public abstract class CasePagingTests(HubFactory hub)
{
    public sealed class Today(HubFactory hub) : CasePagingTests(hub), IClassFixture<HubFactory>;

    public sealed class TwoYearsAhead(HubTwoYearsAhead hub) : CasePagingTests(hub), IClassFixture<HubTwoYearsAhead>;

    private readonly HttpClient _client = hub.CreateClient();

    [Theory]
    [InlineData("[{ registeredOn: DESC }]")]
    [InlineData("[{ reference: ASC }]")]
    public async Task EveryVisibleCase_ComesOnce_InOrder_ForwardAndBackward(string order)
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead]);
        var total = (await _client.PostAsync("{ cases(purpose: ASSISTANCE) { totalCount } }", token)).Data!["cases"]!["totalCount"]!.GetValue<int>();

        var forward = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var page = (await _client.PostAsync($"{{ cases(purpose: ASSISTANCE, first: 7, order: {order}{(cursor is null ? "" : $", after: \"{cursor}\"")}) {{ nodes {{ id reference registeredOn owner {{ code }} }} pageInfo {{ hasNextPage endCursor }} }} }}", token)).Data!["cases"]!;
            forward.AddRange(page["nodes"]!.AsArray()!);
            cursor = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (cursor is not null);

        var backward = new List<JsonNode>();
        string? before = null;
        do
        {
            var page = (await _client.PostAsync($"{{ cases(purpose: ASSISTANCE, last: 7, order: {order}{(before is null ? "" : $", before: \"{before}\"")}) {{ nodes {{ id }} pageInfo {{ hasPreviousPage startCursor }} }} }}", token)).Data!["cases"]!;
            backward.InsertRange(0, page["nodes"]!.AsArray()!);
            before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        }
        while (before is not null);

        var ids = forward.Select(n => n["id"]!.GetValue<string>()).ToList();
        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, backward.Select(n => n["id"]!.GetValue<string>()));
        Assert.Contains(forward, n => n["owner"]!["code"]!.GetValue<string>() == WellKnownAgencies.NigeriaShelter);
        Assert.Contains(forward, n => n["owner"]!["code"]!.GetValue<string>() != WellKnownAgencies.NigeriaShelter);
        if (order.Contains("registeredOn", StringComparison.Ordinal))
        {
            var times = forward.Select(n => DateTime.Parse(n["registeredOn"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(times.OrderDescending(), times);
        }
    }

    [Fact]
    public async Task EveryVisibleReferral_ComesOnce_NewestFirst()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead]);
        var total = (await _client.PostAsync("{ referrals(purpose: ASSISTANCE) { totalCount } }", token)).Data!["referrals"]!["totalCount"]!.GetValue<int>();

        var nodes = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var page = (await _client.PostAsync($"{{ referrals(purpose: ASSISTANCE, first: 7{(cursor is null ? "" : $", after: \"{cursor}\"")}) {{ nodes {{ id referredOn fromAgency {{ code }} }} pageInfo {{ hasNextPage endCursor }} }} }}", token)).Data!["referrals"]!;
            nodes.AddRange(page["nodes"]!.AsArray()!);
            cursor = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (cursor is not null);

        var ids = nodes.Select(n => n["id"]!.GetValue<string>()).ToList();
        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains(nodes, n => n["fromAgency"]!["code"]!.GetValue<string>() == WellKnownAgencies.NigeriaShelter);
        Assert.Contains(nodes, n => n["fromAgency"]!["code"]!.GetValue<string>() != WellKnownAgencies.NigeriaShelter);
        var times = nodes.Select(n => DateTime.Parse(n["referredOn"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderDescending(), times);
    }
}
