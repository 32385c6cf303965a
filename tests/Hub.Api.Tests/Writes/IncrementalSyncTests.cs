using System.Text.Json.Nodes;
using Hub.Api.Identity;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Writes.WriteCalls;

namespace Hub.Api.Tests.Writes;

/// <summary><c>changedSince</c> on <c>cases</c> and <c>referrals</c>: a client that remembers the
/// last instant it synced gets what was registered, updated, newly shared with it, referred or
/// moved since then, and nothing else.</summary>
public sealed class IncrementalSyncTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private const string ChangedCases = "query Changed($purpose: Purpose!, $since: DateTime) { cases(purpose: $purpose, changedSince: $since, first: 100) { nodes { id changedOn } pageInfo { hasNextPage } } }";
    private const string ChangedReferrals = "query Changed($since: DateTime) { referrals(purpose: ASSISTANCE, changedSince: $since, first: 100) { nodes { id status changedOn } pageInfo { hasNextPage } } }";

    private readonly HttpClient _client = hub.CreateClient();
    private string _shelter = "";
    private Guid _shelterId;

    public async Task InitializeAsync()
    {
        _shelter = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.ConsentManage]);
        _shelterId = await hub.AgencyIdAsync(WellKnownAgencies.NigeriaShelter);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<JsonNode>> ChangedCasesAsync(string token, DateTime since, string purpose = "ASSISTANCE")
    {
        var page = (await _client.PostAsync(ChangedCases, token, new { purpose, since = Instant(since) })).Payload("cases");
        Assert.False(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        return [.. page["nodes"]!.AsArray().Select(n => n!)];
    }

    private static List<Guid> Ids(IEnumerable<JsonNode> nodes) => [.. nodes.Select(n => Guid.Parse(n["id"]!.GetValue<string>())).Order()];

    // A demo case of the shelter's that nothing in this class has touched: changed long before now.
    private Task<Case> UntouchedShelterCaseAsync(int skip) => hub.WithDbAsync(db =>
        db.Cases.AsNoTracking().Where(c => c.OwnerAgencyId == _shelterId && c.ChangedOn < hub.Now.AddDays(-1)).OrderBy(c => c.Id).Skip(skip).FirstAsync());

    [Fact]
    public async Task Cases_ChangedSince_AreThoseRegisteredOrUpdatedAtOrAfterTheInstant()
    {
        var registered = Guid.Parse(await _client.RegisterAsync(_shelter, new() { ["sex"] = "MALE" }));
        var demo = await UntouchedShelterCaseAsync(skip: 0);
        var untouched = await UntouchedShelterCaseAsync(skip: 1);
        var updated = (await _client.SendAsync(UpdateCase, _shelter, new() { ["id"] = demo.Id.ToString(), ["version"] = demo.Version, ["ageBracket"] = "AGE_30_38" })).Payload("updateCase");
        Assert.Empty(updated.UserErrors());

        var since = await ChangedCasesAsync(_shelter, hub.Now);
        var later = await ChangedCasesAsync(_shelter, hub.Now.AddSeconds(1));
        var dayBefore = await ChangedCasesAsync(_shelter, hub.Now.AddDays(-1));

        var expected = await hub.WithDbAsync(db => db.Cases.Where(c => c.OwnerAgencyId == _shelterId && c.ChangedOn >= hub.Now).Select(c => c.Id).ToListAsync());
        Assert.Equal(expected.Order(), Ids(since));
        Assert.Contains(registered, Ids(since));
        Assert.Contains(demo.Id, Ids(since));
        Assert.DoesNotContain(untouched.Id, Ids(since));
        Assert.All(since, n => Assert.True(ParseInstant(n["changedOn"]) >= hub.Now));
        Assert.Empty(later);
        Assert.Superset(Ids(since).ToHashSet(), Ids(dayBefore).ToHashSet());
        Assert.DoesNotContain(untouched.Id, Ids(dayBefore));
    }

    [Fact]
    public async Task ACaseNewlySharedWithAnAgency_AppearsInItsChangesForTheConsentsPurpose()
    {
        var legalAid = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.CasesRead]);
        var shared = await UntouchedShelterCaseAsync(skip: 2);
        Assert.DoesNotContain(shared.Id, Ids(await ChangedCasesAsync(legalAid, hub.Now.AddYears(-30))));

        await _client.GrantAsync(_shelter, Consent(shared.Id.ToString(), new { agencyCode = WellKnownAgencies.ThailandLegalAid }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC"));

        var changes = await ChangedCasesAsync(legalAid, hub.Now);
        Assert.Contains(shared.Id, Ids(changes));
        Assert.Equal(hub.Now, ParseInstant(changes.Single(n => Guid.Parse(n["id"]!.GetValue<string>()) == shared.Id)["changedOn"]));
        Assert.DoesNotContain(shared.Id, Ids(await ChangedCasesAsync(legalAid, hub.Now, "LEGAL_PROCEEDINGS")));
        Assert.Contains(shared.Id, Ids(await ChangedCasesAsync(_shelter, hub.Now)));
    }

    [Fact]
    public async Task TotalCount_UnderChangedSince_IsRefusedAsAFilter()
    {
        var refused = await _client.PostAsync("query($since: DateTime) { cases(purpose: ASSISTANCE, changedSince: $since) { totalCount } }", _shelter, new { since = Instant(hub.Now) });
        var counted = await _client.PostAsync("{ cases(purpose: ASSISTANCE) { totalCount } }", _shelter);

        Assert.Equal(["INVALID_FILTER"], refused.ErrorCodes);
        Assert.Null(refused.Data?["cases"]);
        Assert.True(counted.Payload("cases")["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Referrals_ChangedSince_AreThoseMadeOrMovedAtOrAfterTheInstant()
    {
        var ministry = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.CasesRead, HubRoles.CasesWrite]);
        var ministryId = await hub.AgencyIdAsync(WellKnownAgencies.NigeriaMinistry);
        var caseId = await _client.RegisterAsync(_shelter, new() { ["sex"] = "FEMALE" });
        await _client.GrantAsync(_shelter, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now));
        var made = (await _client.PostAsync("mutation($input: ReferCaseInput!) { referCase(input: $input) { errors { code } referral { id } } }", _shelter,
            new { input = new { caseId, purpose = "ASSISTANCE", toAgencyCode = WellKnownAgencies.NigeriaMinistry, services = Set("LEGAL") } })).Payload("referCase");
        Assert.Empty(made.UserErrors());
        var madeId = Guid.Parse(made["referral"]!["id"]!.GetValue<string>());
        var open = await hub.WithDbAsync(db => db.Referrals.AsNoTracking()
            .Where(r => r.FromAgencyId == _shelterId && r.Status == ReferralStatus.Pending && r.ChangedOn < hub.Now).OrderBy(r => r.Id).FirstAsync());
        var withdrawn = (await _client.PostAsync("mutation($input: WithdrawReferralInput!) { withdrawReferral(input: $input) { errors { code } referral { id status } } }", _shelter,
            new { input = new { id = open.Id.ToString(), version = open.Version } })).Payload("withdrawReferral");
        Assert.Empty(withdrawn.UserErrors());

        var shelterChanges = (await _client.PostAsync(ChangedReferrals, _shelter, new { since = Instant(hub.Now) })).Payload("referrals")["nodes"]!.AsArray().Select(n => n!).ToList();
        var ministryChanges = (await _client.PostAsync(ChangedReferrals, ministry, new { since = Instant(hub.Now) })).Payload("referrals")["nodes"]!.AsArray().Select(n => n!).ToList();
        var later = (await _client.PostAsync(ChangedReferrals, _shelter, new { since = Instant(hub.Now.AddSeconds(1)) })).Payload("referrals")["nodes"]!.AsArray();

        var expected = await hub.WithDbAsync(db => db.Referrals.Where(r => (r.FromAgencyId == _shelterId || r.ToAgencyId == _shelterId) && r.ChangedOn >= hub.Now).Select(r => r.Id).ToListAsync());
        Assert.Equal(expected.Order(), Ids(shelterChanges));
        Assert.Contains(madeId, Ids(shelterChanges));
        Assert.Contains(open.Id, Ids(shelterChanges));
        Assert.Equal("WITHDRAWN", shelterChanges.Single(n => Guid.Parse(n["id"]!.GetValue<string>()) == open.Id)["status"]!.GetValue<string>());
        Assert.Contains(madeId, Ids(ministryChanges));
        Assert.All(ministryChanges.Concat(shelterChanges), n => Assert.Equal(hub.Now, ParseInstant(n["changedOn"])));
        Assert.Empty(later);
        var ministryExpected = await hub.WithDbAsync(db => db.Referrals.Where(r => (r.FromAgencyId == ministryId || r.ToAgencyId == ministryId) && r.ChangedOn >= hub.Now).Select(r => r.Id).ToListAsync());
        Assert.Equal(ministryExpected.Order(), Ids(ministryChanges));
    }
}
