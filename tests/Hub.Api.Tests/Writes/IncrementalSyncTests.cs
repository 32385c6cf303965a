using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Writes.WriteCalls;

namespace Hub.Api.Tests.Writes;

/// <summary><c>changedSince</c> on <c>cases</c> and <c>referrals</c>: a client that remembers the
/// last instant it synced gets what was registered, updated, newly shared with it, referred or
/// moved since then, and nothing else. A case's <c>changedOn</c>, as a caller sees it, is the later
/// of the case's own last change and when the owner recorded the latest active consent naming the
/// caller for the purpose: recording or revoking a consent does not change the case itself.</summary>
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

    // A demo case of the shelter's that nothing in this class has touched: changed long before now,
    // and shared by no consent with the agencies this class reads as (directly, or by a kind and a
    // country), so that the consents a test records are the only ones that name them.
    private Task<Case> UntouchedShelterCaseAsync(int skip) => hub.WithDbAsync(async db =>
    {
        var readers = await db.Agencies.Where(a => a.Code == WellKnownAgencies.NigeriaMinistry || a.Code == WellKnownAgencies.ThailandLegalAid).Select(a => (Guid?)a.Id).ToListAsync();
        return await db.Cases.AsNoTracking()
            .Where(c => c.OwnerAgencyId == _shelterId && c.ChangedOn < hub.Now.AddDays(-1))
            .Where(c => !c.Consents.Any(k => readers.Contains(k.RecipientAgencyId) || k.RecipientCountryCode == "NGA" || k.RecipientCountryCode == "THA"))
            .OrderBy(c => c.Id).Skip(skip).FirstAsync();
    });

    [Fact]
    public async Task Cases_ChangedSince_AreThoseRegisteredOrUpdatedAtOrAfterTheInstant()
    {
        var registered = Guid.Parse(await _client.RegisterAsync(_shelter, new() { ["sex"] = "MALE" }));
        var demo = await UntouchedShelterCaseAsync(skip: 0);
        var untouched = await UntouchedShelterCaseAsync(skip: 1);
        // A value other than the stored one: an update that changes nothing is no change.
        var ageBracket = demo.AgeBracket == AgeBracket.Age30To38 ? "AGE_39_47" : "AGE_30_38";
        var updated = (await _client.SendAsync(UpdateCase, _shelter, new() { ["id"] = demo.Id.ToString(), ["version"] = demo.Version, ["ageBracket"] = ageBracket })).Payload("updateCase");
        Assert.Empty(updated.UserErrors());
        Assert.Equal(demo.Version + 1, updated["case"]!["version"]!.GetValue<int>());

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

        // New to the agency the consent names, from when the owner recorded it (not when the
        // person gave it, a day earlier), for the consent's purpose only.
        var changes = await ChangedCasesAsync(legalAid, hub.Now);
        Assert.Contains(shared.Id, Ids(changes));
        Assert.Equal(hub.Now, ParseInstant(changes.Single(n => Guid.Parse(n["id"]!.GetValue<string>()) == shared.Id)["changedOn"]));
        Assert.DoesNotContain(shared.Id, Ids(await ChangedCasesAsync(legalAid, hub.Now.AddSeconds(1))));
        Assert.DoesNotContain(shared.Id, Ids(await ChangedCasesAsync(legalAid, hub.Now, "LEGAL_PROCEEDINGS")));
        Assert.DoesNotContain(shared.Id, Ids(await ChangedCasesAsync(legalAid, hub.Now.AddYears(-30), "LEGAL_PROCEEDINGS")));

        // The case itself did not change: not for its owner, whose changedOn stays the case's own.
        Assert.Equal(shared.ChangedOn, await StoredChangedOnAsync(shared.Id));
        Assert.DoesNotContain(shared.Id, Ids(await ChangedCasesAsync(_shelter, hub.Now)));
        Assert.Equal(shared.ChangedOn, ParseInstant((await ReadCaseAsync(_shelter, shared.Id))["changedOn"]));
    }

    [Fact]
    public async Task AConsentRecordedForAnotherAgency_ChangesNothingForAThirdThatSeesTheCase()
    {
        var ministry = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.CasesRead]);
        var legalAid = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.CasesRead]);
        var @case = await UntouchedShelterCaseAsync(skip: 3);
        var recordedEarlier = hub.Now.AddDays(-2);
        await ConsentRecordedAsync(@case.Id, WellKnownAgencies.NigeriaMinistry, recordedEarlier);
        var seenSince = @case.ChangedOn > recordedEarlier ? @case.ChangedOn : recordedEarlier;
        Assert.Contains(@case.Id, Ids(await ChangedCasesAsync(ministry, recordedEarlier)));

        await _client.GrantAsync(_shelter, Consent(@case.Id.ToString(), new { agencyCode = WellKnownAgencies.ThailandLegalAid }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC"));

        Assert.Contains(@case.Id, Ids(await ChangedCasesAsync(legalAid, hub.Now)));
        Assert.DoesNotContain(@case.Id, Ids(await ChangedCasesAsync(ministry, hub.Now)));
        Assert.DoesNotContain(@case.Id, Ids(await ChangedCasesAsync(ministry, seenSince.AddSeconds(1))));
        Assert.Contains(@case.Id, Ids(await ChangedCasesAsync(ministry, seenSince)));
        Assert.Equal(seenSince, ParseInstant((await ReadCaseAsync(ministry, @case.Id))["changedOn"]));
        Assert.DoesNotContain(@case.Id, Ids(await ChangedCasesAsync(_shelter, hub.Now)));
    }

    [Fact]
    public async Task RevokingAConsent_ChangesNeitherTheCaseNorWhatTheOthersItNamesSee()
    {
        var ministry = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.CasesRead]);
        var legalAid = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.CasesRead]);
        var @case = await UntouchedShelterCaseAsync(skip: 4);
        var recordedEarlier = hub.Now.AddDays(-2);
        await ConsentRecordedAsync(@case.Id, WellKnownAgencies.NigeriaMinistry, recordedEarlier);
        var consent = Guid.Parse(await _client.GrantAsync(_shelter, Consent(@case.Id.ToString(), new { agencyCode = WellKnownAgencies.ThailandLegalAid }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC")));
        await hub.WithDbAsync(db => db.Consents.Where(k => k.Id == consent).ExecuteUpdateAsync(u => u.SetProperty(k => k.RecordedOn, recordedEarlier)));

        Assert.Empty((await _client.SendAsync(RevokeConsent, _shelter, new() { ["id"] = consent.ToString(), ["version"] = 1 })).Payload("revokeConsent").UserErrors());

        Assert.Equal(@case.ChangedOn, await StoredChangedOnAsync(@case.Id));
        Assert.Equal(@case.Version, await hub.WithDbAsync(db => db.Cases.Where(c => c.Id == @case.Id).Select(c => c.Version).SingleAsync()));
        Assert.DoesNotContain(@case.Id, Ids(await ChangedCasesAsync(_shelter, hub.Now)));
        Assert.DoesNotContain(@case.Id, Ids(await ChangedCasesAsync(ministry, hub.Now)));
        Assert.DoesNotContain(@case.Id, Ids(await ChangedCasesAsync(legalAid, hub.Now.AddYears(-30))));
    }

    [Fact]
    public async Task ACaseSharedWithAKindInACountry_IsNewToEachAgencyOfThatKindThere_AndToNoOther()
    {
        var ministry = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.CasesRead]);
        var legalAid = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.CasesRead]);
        var @case = await UntouchedShelterCaseAsync(skip: 5);

        await _client.GrantAsync(_shelter, Consent(@case.Id.ToString(), new { kind = "GOVERNMENT", country = "NGA" }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC"));

        Assert.Contains(@case.Id, Ids(await ChangedCasesAsync(ministry, hub.Now)));
        Assert.DoesNotContain(@case.Id, Ids(await ChangedCasesAsync(legalAid, hub.Now.AddYears(-30))));
        Assert.DoesNotContain(@case.Id, Ids(await ChangedCasesAsync(_shelter, hub.Now)));
    }

    [Fact]
    public async Task AConsentNamingTheOwnersOwnKindAndCountry_ChangesNothingTheOwnerSees()
    {
        // The shelter is an NGO in Nigeria: a consent for every NGO there names it too.
        // Its own last change half an hour ago, so that few cases changed since then.
        var @case = await UntouchedShelterCaseAsync(skip: 7);
        var changedOn = hub.Now.AddMinutes(-30);
        await hub.WithDbAsync(db => db.Cases.Where(c => c.Id == @case.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.ChangedOn, changedOn)));

        await _client.GrantAsync(_shelter, Consent(@case.Id.ToString(), new { kind = "NGO", country = "NGA" }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC"));

        var listed = (await ChangedCasesAsync(_shelter, changedOn)).Single(n => Guid.Parse(n["id"]!.GetValue<string>()) == @case.Id);
        Assert.Equal(changedOn, ParseInstant(listed["changedOn"]));
        Assert.Equal(changedOn, ParseInstant((await ReadCaseAsync(_shelter, @case.Id))["changedOn"]));
        Assert.DoesNotContain(@case.Id, Ids(await ChangedCasesAsync(_shelter, hub.Now)));
    }

    [Fact]
    public async Task ACasesVersion_IsTheOwnersOnly()
    {
        var legalAid = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.CasesRead]);
        var @case = await UntouchedShelterCaseAsync(skip: 6);
        await _client.GrantAsync(_shelter, Consent(@case.Id.ToString(), new { agencyCode = WellKnownAgencies.ThailandLegalAid }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC"));
        const string Listed = "query($purpose: Purpose!) { cases(purpose: $purpose, changedSince: \"2000-01-01T00:00:00Z\", first: 100) { nodes { id version owner { code } } } }";

        var owners = await ReadCaseAsync(_shelter, @case.Id);
        var recipients = await ReadCaseAsync(legalAid, @case.Id);
        var listed = (await _client.PostAsync(Listed, legalAid, new { purpose = "ASSISTANCE" })).Payload("cases")["nodes"]!.AsArray();

        Assert.Equal(@case.Version, owners["version"]!.GetValue<int>());
        Assert.NotNull(recipients["id"]);
        Assert.Null(recipients["version"]);
        Assert.Contains(listed, n => Guid.Parse(n!["id"]!.GetValue<string>()) == @case.Id);
        var (own, others) = (listed.Where(n => n!["owner"]!["code"]!.GetValue<string>() == WellKnownAgencies.ThailandLegalAid).ToList(),
            listed.Where(n => n!["owner"]!["code"]!.GetValue<string>() != WellKnownAgencies.ThailandLegalAid).ToList());
        Assert.NotEmpty(others);
        Assert.All(others, n => Assert.Null(n!["version"]));
        Assert.All(own, n => Assert.True(n!["version"]!.GetValue<int>() >= 1));
    }

    [Fact]
    public async Task AnEditOfFieldsWithheldFromAnAgency_ChangesNothingItSees_AndAnEditOfFieldsShownToItDoes()
    {
        // The ministry is shown the DEMOGRAPHIC fields only (its consent, recorded two days ago), with every case role.
        var ministry = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.CasesRead, HubRoles.CasesReadIdentity]);
        // A case of this test's own, registered three days ago as far as its stamps go.
        var id = Guid.Parse(await _client.RegisterAsync(_shelter, new() { ["sex"] = "FEMALE" }));
        var threeDaysAgo = hub.Now.AddDays(-3);
        await hub.WithDbAsync(db => db.Cases.Where(c => c.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.ChangedOn, threeDaysAgo).SetProperty(c => c.IdentityChangedOn, threeDaysAgo).SetProperty(c => c.DemographicChangedOn, threeDaysAgo)
            .SetProperty(c => c.TraffickingExperienceChangedOn, threeDaysAgo).SetProperty(c => c.AssistanceChangedOn, threeDaysAgo)));
        var @case = await hub.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id));
        await ConsentRecordedAsync(@case.Id, WellKnownAgencies.NigeriaMinistry, hub.Now.AddDays(-2));
        var seenBefore = ParseInstant((await ReadCaseAsync(ministry, @case.Id))["changedOn"]);
        Assert.True(seenBefore < hub.Now);

        // Identity and experience edited: withheld from the ministry, so no change it can see.
        var hidden = (await _client.SendAsync(UpdateCase, _shelter, new() { ["id"] = @case.Id.ToString(), ["version"] = @case.Version, ["givenName"] = "Edited", ["labourSector"] = "CONSTRUCTION" })).Payload("updateCase");
        Assert.Empty(hidden.UserErrors());
        Assert.Equal(seenBefore, ParseInstant((await ReadCaseAsync(ministry, @case.Id))["changedOn"]));
        Assert.DoesNotContain(@case.Id, Ids(await ChangedCasesAsync(ministry, hub.Now)));
        Assert.Contains(@case.Id, Ids(await ChangedCasesAsync(_shelter, hub.Now)));

        // A demographic field edited: shown to the ministry, so a change it sees.
        var shown = (await _client.SendAsync(UpdateCase, _shelter, new() { ["id"] = @case.Id.ToString(), ["version"] = @case.Version + 1, ["sex"] = @case.Sex == Sex.Female ? "MALE" : "FEMALE" })).Payload("updateCase");
        Assert.Empty(shown.UserErrors());
        Assert.Equal(hub.Now, ParseInstant((await ReadCaseAsync(ministry, @case.Id))["changedOn"]));
        Assert.Contains(@case.Id, Ids(await ChangedCasesAsync(ministry, hub.Now)));
    }

    private Task<DateTime> StoredChangedOnAsync(Guid id) => hub.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.ChangedOn).SingleAsync());

    private async Task<JsonNode> ReadCaseAsync(string token, Guid id) =>
        (await _client.PostAsync("query($id: ID!) { case(id: $id, purpose: ASSISTANCE) { id changedOn version } }", token, new { id })).Payload("case");

    // A consent the owner recorded at an earlier instant than the Hub's now, as it would have stored it then.
    private Task<int> ConsentRecordedAsync(Guid caseId, string agency, DateTime recordedOn) => hub.WithDbAsync(async db =>
    {
        db.Consents.Add(new Consent
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            Purpose = Purpose.Assistance,
            RecipientAgencyId = await db.Agencies.Where(a => a.Code == agency).Select(a => a.Id).SingleAsync(),
            Categories = DataCategory.Demographic,
            GrantedOn = recordedOn,
            ExpiresOn = hub.Now.AddDays(60),
            RecordedOn = recordedOn,
            Evidence = ConsentEvidence.Written,
            RecordedBy = "earlier",
        });
        return await db.SaveChangesAsync();
    });

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
