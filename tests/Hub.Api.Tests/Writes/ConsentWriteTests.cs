using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Writes.WriteCalls;

namespace Hub.Api.Tests.Writes;

/// <summary><c>grantConsent</c> and <c>revokeConsent</c>: a consent names one agency (by id or
/// code) or a kind and a country, is dated within the Hub's rules, is recorded only by the case's
/// owner, and is revoked once.</summary>
public sealed class ConsentWriteTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private const string OwnersView = "query Consents($id: ID!) { case(id: $id, purpose: ASSISTANCE) { changedOn consents { id purpose recipientAgency { code } recipientKind recipientCountry { code } categories revokedOn version } } }";

    private readonly HttpClient _client = hub.CreateClient();
    private string _owner = "";

    public async Task InitializeAsync() =>
        _owner = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.ConsentManage]);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<string> NewCaseAsync() => _client.RegisterAsync(_owner, new() { ["sex"] = "FEMALE", ["citizenship"] = "NGA" });

    private async Task<JsonNode> GrantPayloadAsync(Dictionary<string, object?> input, string? token = null) =>
        (await _client.SendAsync(GrantConsent, token ?? _owner, input)).Payload("grantConsent");

    private async Task<JsonNode> RevokePayloadAsync(string id, int version, string? token = null) =>
        (await _client.SendAsync(RevokeConsent, token ?? _owner, new() { ["id"] = id, ["version"] = version })).Payload("revokeConsent");

    private async Task<JsonNode> OwnersViewAsync(string caseId) =>
        (await _client.PostAsync(OwnersView, _owner, new { id = caseId })).Payload("case");

    [Fact]
    public async Task GrantConsent_ToAnAgencyById_RecordsIt_AsTheOwnerSeesIt()
    {
        var caseId = await NewCaseAsync();
        var ministry = await hub.AgencyIdAsync(WellKnownAgencies.NigeriaMinistry);
        var input = Consent(caseId, new { agencyId = ministry.ToString() }, hub.Now, "RETURN_AND_REINTEGRATION", "DEMOGRAPHIC", "ASSISTANCE");

        var payload = await GrantPayloadAsync(input);

        Assert.Empty(payload.UserErrors());
        var consent = payload["consent"]!;
        Assert.Equal("RETURN_AND_REINTEGRATION", consent["purpose"]!.GetValue<string>());
        Assert.Equal(WellKnownAgencies.NigeriaMinistry, consent["recipientAgency"]!["code"]!.GetValue<string>());
        Assert.Null(consent["recipientKind"]);
        Assert.Null(consent["recipientCountry"]);
        Assert.Equal(["ASSISTANCE", "DEMOGRAPHIC"], consent["categories"].Strings());
        Assert.Equal(hub.Now.AddDays(-1), ParseInstant(consent["grantedOn"]));
        Assert.Equal(hub.Now.AddDays(90), ParseInstant(consent["expiresOn"]));
        Assert.Null(consent["revokedOn"]);
        Assert.Equal("WRITTEN", consent["evidence"]!.GetValue<string>());
        Assert.Equal(1, consent["version"]!.GetValue<int>());
        Assert.False(consent["interpreterUsed"]!.GetValue<bool>());

        var owners = await OwnersViewAsync(caseId);
        var listed = Assert.Single(owners["consents"]!.AsArray())!;
        Assert.Equal(consent["id"]!.GetValue<string>(), listed["id"]!.GetValue<string>());
        Assert.Equal(hub.Now, ParseInstant(owners["changedOn"]));
        var stored = await hub.WithDbAsync(db => db.Consents.SingleAsync(k => k.Id == Guid.Parse(consent["id"]!.GetValue<string>())));
        Assert.Equal(ministry, stored.RecipientAgencyId);
        Assert.Equal(DataCategory.Demographic | DataCategory.Assistance, stored.Categories);
        Assert.False(string.IsNullOrEmpty(stored.RecordedBy));
    }

    [Fact]
    public async Task GrantConsent_ToAnAgencyByCode_WithoutAGrantDate_HoldsFromNow()
    {
        var caseId = await NewCaseAsync();
        var input = Consent(caseId, new { agencyCode = WellKnownAgencies.ThailandLegalAid }, hub.Now, "LEGAL_PROCEEDINGS", "TRAFFICKING_EXPERIENCE");
        input.Remove("grantedOn");
        input["evidence"] = "VERBAL";
        input["interpreterUsed"] = true;

        var consent = (await GrantPayloadAsync(input))["consent"]!;

        Assert.Equal(WellKnownAgencies.ThailandLegalAid, consent["recipientAgency"]!["code"]!.GetValue<string>());
        Assert.Equal(hub.Now, ParseInstant(consent["grantedOn"]));
        Assert.Equal("VERBAL", consent["evidence"]!.GetValue<string>());
        Assert.True(consent["interpreterUsed"]!.GetValue<bool>());
        Assert.Equal(["TRAFFICKING_EXPERIENCE"], consent["categories"].Strings());
    }

    [Fact]
    public async Task GrantConsent_ToAKindInACountry_NamesEveryAgencyOfThatKindThere()
    {
        var caseId = await NewCaseAsync();

        var consent = (await GrantPayloadAsync(Consent(caseId, new { kind = "GOVERNMENT", country = "NGA" }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC")))["consent"]!;

        Assert.Null(consent["recipientAgency"]);
        Assert.Equal("GOVERNMENT", consent["recipientKind"]!.GetValue<string>());
        Assert.Equal("NGA", consent["recipientCountry"]!["code"]!.GetValue<string>());
        var ministry = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.CasesRead]);
        var thai = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.CasesRead]);
        var seen = (await _client.PostAsync("query($id: ID!) { case(id: $id, purpose: ASSISTANCE) { sex } }", ministry, new { id = caseId })).Payload("case");
        Assert.Equal("FEMALE", seen["sex"]!.GetValue<string>());
        Assert.Null((await _client.PostAsync("query($id: ID!) { case(id: $id, purpose: ASSISTANCE) { sex } }", thai, new { id = caseId })).Data!["case"]);
    }

    [Fact]
    public async Task GrantConsent_GivenNow_MayExpireExactlyAtTheHorizon()
    {
        // Without a grantedOn the consent is given now: the horizon from the grant and from now coincide.
        var caseId = await NewCaseAsync();
        var input = Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now);
        input.Remove("grantedOn");
        input["expiresOn"] = Instant(hub.Now.AddDays(730));

        var payload = await GrantPayloadAsync(input);

        Assert.Empty(payload.UserErrors());
        Assert.Equal(hub.Now, ParseInstant(payload["consent"]!["grantedOn"]));
        Assert.Equal(hub.Now.AddDays(730), ParseInstant(payload["consent"]!["expiresOn"]));
    }

    [Fact]
    public async Task GrantConsent_GivenEarlier_MayExpireExactlyAtTheHorizonFromWhenItWasGiven()
    {
        var caseId = await NewCaseAsync();
        var input = Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now);
        input["grantedOn"] = Instant(hub.Now.AddDays(-100));
        input["expiresOn"] = Instant(hub.Now.AddDays(630));

        var payload = await GrantPayloadAsync(input);

        Assert.Empty(payload.UserErrors());
        Assert.Equal(hub.Now.AddDays(-100), ParseInstant(payload["consent"]!["grantedOn"]));
        Assert.Equal(hub.Now.AddDays(630), ParseInstant(payload["consent"]!["expiresOn"]));
    }

    [Theory]
    [InlineData("no categories", "REQUIRED", "categories")]
    [InlineData("expired", "DATE_IN_PAST", "expiresOn")]
    [InlineData("expires now", "DATE_IN_PAST", "expiresOn")]
    [InlineData("expired, no grant date", "DATE_IN_PAST", "expiresOn")]
    [InlineData("beyond the horizon", "BEYOND_HORIZON", "expiresOn")]
    [InlineData("beyond the horizon, no grant date", "BEYOND_HORIZON", "expiresOn")]
    [InlineData("beyond the horizon from the grant", "BEYOND_HORIZON", "expiresOn")]
    [InlineData("at the horizon from now, given earlier", "BEYOND_HORIZON", "expiresOn")]
    [InlineData("granted tomorrow", "DATE_IN_FUTURE", "grantedOn")]
    [InlineData("expires before granted", "DATES_OUT_OF_ORDER", "expiresOn")]
    [InlineData("agency and kind", "REQUIRED", "recipient")]
    [InlineData("no recipient", "REQUIRED", "recipient")]
    [InlineData("kind without country", "REQUIRED", "recipient")]
    [InlineData("agency id and code", "REQUIRED", "recipient.agencyCode")]
    [InlineData("unknown agency code", "UNKNOWN_AGENCY", "recipient.agencyCode")]
    [InlineData("unknown agency id", "UNKNOWN_AGENCY", "recipient.agencyId")]
    [InlineData("malformed agency id", "INVALID_VALUE", "recipient.agencyId")]
    [InlineData("unknown country", "UNKNOWN_COUNTRY", "recipient.country")]
    [InlineData("the owner itself", "RECIPIENT_IS_OWNER", "recipient")]
    [InlineData("a suspended agency by code", "RECIPIENT_SUSPENDED", "recipient")]
    [InlineData("a suspended agency by id", "RECIPIENT_SUSPENDED", "recipient")]
    [InlineData("another agency's case", "NOT_FOUND", "caseId")]
    [InlineData("unknown case", "NOT_FOUND", "caseId")]
    [InlineData("malformed case id", "INVALID_VALUE", "caseId")]
    public async Task GrantConsent_RefusesAFaultyInput_WithItsCodeAndPath_AndWritesNothing(string fault, string code, string field)
    {
        var caseId = fault == "another agency's case"
            ? await _client.RegisterAsync(await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.CasesWrite, HubRoles.CasesRead]), [])
            : fault == "unknown case" ? Guid.NewGuid().ToString()
            : fault == "malformed case id" ? "case-1" : await NewCaseAsync();
        var now = hub.Now;
        var input = Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, now);
        switch (fault)
        {
            case "no categories": input["categories"] = Array.Empty<string>(); break;
            case "expired": input["grantedOn"] = Instant(now.AddDays(-10)); input["expiresOn"] = Instant(now.AddDays(-1)); break;
            case "expires now": input["expiresOn"] = Instant(now); break;
            case "expired, no grant date": input.Remove("grantedOn"); input["expiresOn"] = Instant(now.AddDays(-1)); break;
            case "beyond the horizon": input["expiresOn"] = Instant(now.AddDays(730).AddSeconds(1)); break;
            case "beyond the horizon, no grant date": input.Remove("grantedOn"); input["expiresOn"] = Instant(now.AddDays(730).AddSeconds(1)); break;
            case "beyond the horizon from the grant": input["grantedOn"] = Instant(now.AddDays(-100)); input["expiresOn"] = Instant(now.AddDays(630).AddSeconds(1)); break;
            case "at the horizon from now, given earlier": input["grantedOn"] = Instant(now.AddDays(-100)); input["expiresOn"] = Instant(now.AddDays(730)); break;
            case "granted tomorrow": input["grantedOn"] = Instant(now.AddDays(1)); break;
            case "expires before granted": input["grantedOn"] = Instant(now.AddDays(-2)); input["expiresOn"] = Instant(now.AddDays(-3)); break;
            case "agency and kind": input["recipient"] = new { agencyCode = WellKnownAgencies.NigeriaMinistry, kind = "GOVERNMENT", country = "NGA" }; break;
            case "no recipient": input["recipient"] = new { }; break;
            case "kind without country": input["recipient"] = new { kind = "GOVERNMENT" }; break;
            case "agency id and code": input["recipient"] = new { agencyId = (await hub.AgencyIdAsync(WellKnownAgencies.NigeriaMinistry)).ToString(), agencyCode = WellKnownAgencies.NigeriaMinistry }; break;
            case "unknown agency code": input["recipient"] = new { agencyCode = "NO-SUCH-AGENCY" }; break;
            case "unknown agency id": input["recipient"] = new { agencyId = Guid.NewGuid().ToString() }; break;
            case "malformed agency id": input["recipient"] = new { agencyId = "ministry" }; break;
            case "unknown country": input["recipient"] = new { kind = "NGO", country = "XXX" }; break;
            case "the owner itself": input["recipient"] = new { agencyCode = WellKnownAgencies.NigeriaShelter }; break;
            case "a suspended agency by code": input["recipient"] = new { agencyCode = WellKnownAgencies.SuspendedNgo }; break;
            case "a suspended agency by id": input["recipient"] = new { agencyId = (await hub.AgencyIdAsync(WellKnownAgencies.SuspendedNgo)).ToString() }; break;
        }

        var counts = await hub.CountAsync();
        var changedBefore = await ChangedOnAsync(caseId);

        var payload = await GrantPayloadAsync(input);

        Assert.Equal([(code, field)], payload.UserErrors());
        Assert.Null(payload["consent"]);
        Assert.Equal(counts, await hub.CountAsync());
        Assert.Equal(changedBefore, await ChangedOnAsync(caseId));
    }

    [Fact]
    public async Task GrantConsent_RepeatingAnActiveConsent_IsDuplicateConsent_AndWritesNothing_WhateverItsDatesAndEvidence()
    {
        var caseId = await NewCaseAsync();
        var ministry = await hub.AgencyIdAsync(WellKnownAgencies.NigeriaMinistry);
        await _client.GrantAsync(_owner, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC", "ASSISTANCE"));
        var again = Consent(caseId, new { agencyId = ministry.ToString() }, hub.Now, "ASSISTANCE", "ASSISTANCE", "DEMOGRAPHIC");
        again.Remove("grantedOn");
        again["expiresOn"] = Instant(hub.Now.AddDays(200));
        again["evidence"] = "VERBAL";
        var counts = await hub.CountAsync();
        var changedBefore = await ChangedOnAsync(caseId);

        var payload = await GrantPayloadAsync(again);

        Assert.Equal([("DUPLICATE_CONSENT", "recipient")], payload.UserErrors());
        Assert.Null(payload["consent"]);
        Assert.Equal(counts, await hub.CountAsync());
        Assert.Equal(changedBefore, await ChangedOnAsync(caseId));
    }

    [Fact]
    public async Task GrantConsent_RepeatingAnActiveConsentToAKindInACountry_IsDuplicateConsent()
    {
        var caseId = await NewCaseAsync();
        await _client.GrantAsync(_owner, Consent(caseId, new { kind = "GOVERNMENT", country = "NGA" }, hub.Now));
        var counts = await hub.CountAsync();

        var payload = await GrantPayloadAsync(Consent(caseId, new { kind = "GOVERNMENT", country = "NGA" }, hub.Now));

        Assert.Equal([("DUPLICATE_CONSENT", "recipient")], payload.UserErrors());
        Assert.Equal(counts, await hub.CountAsync());
    }

    [Fact]
    public async Task GrantConsent_DifferingInPurposeCategoriesOrRecipient_IsNoDuplicate()
    {
        var caseId = await NewCaseAsync();
        await _client.GrantAsync(_owner, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC"));

        await _client.GrantAsync(_owner, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now, "LEGAL_PROCEEDINGS", "DEMOGRAPHIC"));
        await _client.GrantAsync(_owner, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC", "ASSISTANCE"));
        await _client.GrantAsync(_owner, Consent(caseId, new { agencyCode = WellKnownAgencies.ThailandLegalAid }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC"));
        await _client.GrantAsync(_owner, Consent(caseId, new { kind = "GOVERNMENT", country = "NGA" }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC"));

        Assert.Equal(5, (await OwnersViewAsync(caseId))["consents"]!.AsArray().Count);
    }

    [Fact]
    public async Task GrantConsent_AfterTheFirstWasRevoked_RecordsItAgain()
    {
        var caseId = await NewCaseAsync();
        var input = Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now);
        var first = await _client.GrantAsync(_owner, input);
        Assert.Equal([("DUPLICATE_CONSENT", "recipient")], (await GrantPayloadAsync(input)).UserErrors());
        Assert.Empty((await RevokePayloadAsync(first, 1)).UserErrors());

        var second = await _client.GrantAsync(_owner, input);

        Assert.NotEqual(first, second);
        var consents = (await OwnersViewAsync(caseId))["consents"]!.AsArray();
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), consents.Select(k => k!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Null(consents.Single(k => k!["id"]!.GetValue<string>() == second)!["revokedOn"]);
        Assert.Equal([("DUPLICATE_CONSENT", "recipient")], (await GrantPayloadAsync(input)).UserErrors());
    }

    [Fact]
    public async Task GrantConsent_RepeatingAnExpiredConsent_RecordsItAgain()
    {
        var caseId = await NewCaseAsync();
        var input = Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now);
        var first = Guid.Parse(await _client.GrantAsync(_owner, input));
        await hub.WithDbAsync(db => db.Consents.Where(k => k.Id == first)
            .ExecuteUpdateAsync(u => u.SetProperty(k => k.GrantedOn, hub.Now.AddDays(-30)).SetProperty(k => k.ExpiresOn, hub.Now)));

        var payload = await GrantPayloadAsync(input);

        Assert.Empty(payload.UserErrors());
        Assert.NotEqual(first.ToString(), payload["consent"]!["id"]!.GetValue<string>());
    }

    private async Task<DateTime?> ChangedOnAsync(string caseId) => Guid.TryParse(caseId, out var id)
        ? await hub.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => (DateTime?)c.ChangedOn).SingleOrDefaultAsync())
        : null;

    [Fact]
    public async Task GrantConsent_WithoutConsentManage_IsMissingRole_AndWritesNothing()
    {
        var caseId = await NewCaseAsync();
        var writer = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.CasesReadIdentity]);
        var counts = await hub.CountAsync();

        var response = await _client.SendAsync(GrantConsent, writer, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(counts, await hub.CountAsync());
    }

    [Fact]
    public async Task RevokeConsent_RecordsWhen_AndAddsOneToTheVersion_AndASecondRevocationIsAnInvalidTransition()
    {
        var caseId = await NewCaseAsync();
        var consentId = await _client.GrantAsync(_owner, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now));

        var revoked = await RevokePayloadAsync(consentId, 1);

        Assert.Empty(revoked.UserErrors());
        Assert.Equal(consentId, revoked["consent"]!["id"]!.GetValue<string>());
        Assert.Equal(hub.Now, ParseInstant(revoked["consent"]!["revokedOn"]));
        Assert.Equal(2, revoked["consent"]!["version"]!.GetValue<int>());
        var listed = Assert.Single((await OwnersViewAsync(caseId))["consents"]!.AsArray())!;
        Assert.Equal(hub.Now, ParseInstant(listed["revokedOn"]));

        var counts = await hub.CountAsync();
        var again = await RevokePayloadAsync(consentId, 2);
        var stale = await RevokePayloadAsync(consentId, 1);

        Assert.Equal([("INVALID_TRANSITION", "id")], again.UserErrors());
        Assert.Null(again["consent"]);
        Assert.Equal([("VERSION_CONFLICT", "version")], stale.UserErrors());
        Assert.Null(stale["consent"]);
        Assert.Equal(counts, await hub.CountAsync());
    }

    [Fact]
    public async Task RevokeConsent_WithAStaleVersion_IsAVersionConflict_AndTheConsentStillHolds()
    {
        var caseId = await NewCaseAsync();
        var consentId = await _client.GrantAsync(_owner, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now));
        var counts = await hub.CountAsync();

        var payload = await RevokePayloadAsync(consentId, 2);

        Assert.Equal([("VERSION_CONFLICT", "version")], payload.UserErrors());
        Assert.Equal(counts, await hub.CountAsync());
        Assert.Null(await hub.WithDbAsync(db => db.Consents.Where(k => k.Id == Guid.Parse(consentId)).Select(k => k.RevokedOn).SingleAsync()));
    }

    [Fact]
    public async Task RevokeConsent_OfAConsentOfAnotherOwnersCase_IsNotFound_ForItsRecipientToo()
    {
        var caseId = await NewCaseAsync();
        var consentId = await _client.GrantAsync(_owner, Consent(caseId, new { agencyCode = WellKnownAgencies.ThailandLegalAid }, hub.Now));
        var recipient = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.ConsentManage, HubRoles.CasesRead]);
        var counts = await hub.CountAsync();

        var byRecipient = await RevokePayloadAsync(consentId, 1, recipient);
        var unknown = await RevokePayloadAsync(Guid.NewGuid().ToString(), 1);

        Assert.Equal([("NOT_FOUND", "id")], byRecipient.UserErrors());
        Assert.Equal([("NOT_FOUND", "id")], unknown.UserErrors());
        Assert.Equal(counts, await hub.CountAsync());
        Assert.Null(await hub.WithDbAsync(db => db.Consents.Where(k => k.Id == Guid.Parse(consentId)).Select(k => k.RevokedOn).SingleAsync()));
    }

    [Fact]
    public async Task RevokeConsent_WithoutConsentManage_IsMissingRole_AndWritesNothing()
    {
        var caseId = await NewCaseAsync();
        var consentId = await _client.GrantAsync(_owner, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now));
        var writer = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesWrite, HubRoles.CasesRead]);
        var counts = await hub.CountAsync();

        var response = await _client.SendAsync(RevokeConsent, writer, new() { ["id"] = consentId, ["version"] = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
        Assert.Equal(counts, await hub.CountAsync());
    }
}
