using System.Buffers.Text;
using System.Text;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;

namespace Hub.Api.Tests.Paging;

/// <summary>Rule 12: cursors are opaque, sealed for the caller's agency, the purpose and the
/// ordering, and every instance of the Hub on one database opens the cursors any of them made.</summary>
public sealed class CursorTests(HubFactory hub) : IClassFixture<HubFactory>
{
    /// <summary>Two cases a page, with each one's cursor.</summary>
    internal const string Page = "query Page($after: String, $purpose: Purpose!) { cases(purpose: $purpose, first: 2, after: $after) { edges { cursor node { id reference registeredOn } } pageInfo { endCursor } } }";
    private const string ByReference = "query Page($after: String) { cases(purpose: ASSISTANCE, first: 2, after: $after, order: [{ reference: ASC }]) { nodes { id } } }";

    private readonly HttpClient _client = hub.CreateClient();

    private Task<string> TokenAsync(string agency) => _client.DevTokenAsync(agency, [HubRoles.CasesRead]);

    private static async Task<(string Cursor, List<(string Id, string Reference, string RegisteredOn)> Cases)> FirstPageAsync(HttpClient client, string token)
    {
        var response = await client.PostAsync(Page, token, new { purpose = "ASSISTANCE" });
        var edges = response.Data!["cases"]!["edges"]!.AsArray();
        Assert.Equal(2, edges.Count);
        return (response.Data!["cases"]!["pageInfo"]!["endCursor"]!.GetValue<string>(),
            [.. edges.Select(e => (e!["node"]!["id"]!.GetValue<string>(), e["node"]!["reference"]!.GetValue<string>(), e["node"]!["registeredOn"]!.GetValue<string>()))]);
    }

    [Fact]
    public async Task ACursor_RevealsNothingOfItsCase()
    {
        var (cursor, cases) = await FirstPageAsync(_client, await TokenAsync(WellKnownAgencies.NigeriaShelter));
        var bytes = Base64Url.DecodeFromChars(cursor);
        var text = Encoding.Latin1.GetString(bytes);

        foreach (var (id, reference, registeredOn) in cases)
        {
            Assert.DoesNotContain(id, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(reference, text, StringComparison.Ordinal);
            Assert.DoesNotContain(registeredOn[..10], text, StringComparison.Ordinal);
            Assert.False(bytes.AsSpan().IndexOf(Guid.Parse(id).ToByteArray()) >= 0, "The cursor holds the case id's bytes.");
        }
    }

    [Fact]
    public async Task ACursor_OpensOnlyForItsAgency_ItsPurpose_AndItsOrdering()
    {
        var shelter = await TokenAsync(WellKnownAgencies.NigeriaShelter);
        var (cursor, _) = await FirstPageAsync(_client, shelter);
        var tampered = cursor[..^3] + (cursor[^3] == 'A' ? 'B' : 'A') + cursor[^2..];
        var oldStyle = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""{"Ordering":"registeredOn desc,id desc","Values":null}"""));

        var sameAgain = await _client.PostAsync(Page, shelter, new { after = cursor, purpose = "ASSISTANCE" });
        var otherAgency = await _client.PostAsync(Page, await TokenAsync(WellKnownAgencies.NigeriaMinistry), new { after = cursor, purpose = "ASSISTANCE" });
        var otherPurpose = await _client.PostAsync(Page, shelter, new { after = cursor, purpose = "LEGAL_PROCEEDINGS" });
        var otherOrdering = await _client.PostAsync(ByReference, shelter, new { after = cursor });
        var otherField = await _client.PostAsync("query Page($after: String) { referrals(purpose: ASSISTANCE, after: $after) { nodes { id } } }", shelter, new { after = cursor });
        var tamperedOne = await _client.PostAsync(Page, shelter, new { after = tampered, purpose = "ASSISTANCE" });
        var unsealed = await _client.PostAsync(Page, shelter, new { after = oldStyle, purpose = "ASSISTANCE" });
        var spaced = await _client.PostAsync(Page, shelter, new { after = cursor[..10] + " " + cursor[10..] + "\n", purpose = "ASSISTANCE" });

        Assert.Empty(sameAgain.ErrorCodes);
        Assert.All([otherAgency, otherPurpose, otherOrdering, otherField, tamperedOne, unsealed, spaced], r =>
        {
            Assert.Equal(["INVALID_CURSOR"], r.ErrorCodes);
            Assert.Null(r.Json["data"]);
        });
    }

    [Fact]
    public async Task ACursorOfOneCasesReferrals_DoesNotPageAnotherCasesReferrals()
    {
        var shelter = await TokenAsync(WellKnownAgencies.NigeriaShelter);
        var cases = await _client.PostAsync("{ cases(purpose: ASSISTANCE, first: 100) { nodes { id referrals(first: 1) { pageInfo { endCursor } } } } }", shelter);
        var withReferrals = cases.Data!["cases"]!["nodes"]!.AsArray().Where(n => n!["referrals"]!["pageInfo"]!["endCursor"] is not null).Take(2).ToList();
        Assert.Equal(2, withReferrals.Count);
        var cursor = withReferrals[0]!["referrals"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        const string query = "query($id: ID!, $after: String) { case(id: $id, purpose: ASSISTANCE) { referrals(after: $after) { nodes { id } } } }";

        var own = await _client.PostAsync(query, shelter, new { id = withReferrals[0]!["id"]!.GetValue<string>(), after = cursor });
        var other = await _client.PostAsync(query, shelter, new { id = withReferrals[1]!["id"]!.GetValue<string>(), after = cursor });

        Assert.Empty(own.ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], other.ErrorCodes);
    }

    // Sealing is randomized: the same item gets a new cursor each time, so pages compare by their items.
    private static List<string> Ids(GraphQLResponse page) =>
        [.. page.Data!["cases"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>())];

    [Fact]
    public async Task ACursorMadeByOneInstance_OpensOnAnother_AndAfterARestart()
    {
        var token = await TokenAsync(WellKnownAgencies.NigeriaShelter);
        var (cursor, first) = await FirstPageAsync(_client, token);
        var expected = await _client.PostAsync(Page, token, new { after = cursor, purpose = "ASSISTANCE" });

        await using (var second = new SecondInstance(hub))
        {
            var onSecond = await second.CreateClient().PostAsync(Page, token, new { after = cursor, purpose = "ASSISTANCE" });
            Assert.Empty(onSecond.ErrorCodes);
            Assert.Equal(Ids(expected), Ids(onSecond));
        }

        // A new instance built from scratch on the same database, as after a restart.
        await using var restarted = new SecondInstance(hub);
        var afterRestart = await restarted.CreateClient().PostAsync(Page, token, new { after = cursor, purpose = "ASSISTANCE" });
        Assert.Empty(afterRestart.ErrorCodes);
        Assert.Equal(Ids(expected), Ids(afterRestart));
        Assert.Empty(Ids(afterRestart).Intersect(first.Select(c => c.Id)));
    }
}
