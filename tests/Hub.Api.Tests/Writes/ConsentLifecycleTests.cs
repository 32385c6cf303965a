using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Writes.WriteCalls;

namespace Hub.Api.Tests.Writes;

/// <summary>A consent from grant to revocation, end to end over HTTP: the owner registers a case and
/// records the person's consent to share its demographic data with a ministry for assistance; the
/// ministry sees exactly that, accepts a referral of the case, and loses the case (not the
/// referral's own record) on the very next request after the person withdraws consent. Every read
/// of the ministry is in the disclosure log.</summary>
public sealed class ConsentLifecycleTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private const string ReferralFields = "id version status services purpose fromAgency { code } toAgency { code } referredOn respondedOn closedOn withheld { field reason }";

    private static readonly string[] IdentityFields = ["currentLocation", "dateOfBirth", "documentNumber", "familyName", "givenName", "phone"];
    private static readonly string[] TraffickingFields = ["countryOfExploitation", "exploitationTypes", "labourSector", "meansOfControl", "recruiterRelation", "recruitmentMethod", "traffickingDuration"];
    private static readonly string[] AssistanceFields = ["servicesNeeded", "servicesReceived", "status"];

    private readonly HttpClient _client = hub.CreateClient();
    private string _owner = "";
    private string _ministry = "";

    public async Task InitializeAsync()
    {
        _owner = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter,
            [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.CasesReadIdentity, HubRoles.ConsentManage, HubRoles.AuditRead]);
        _ministry = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.CasesRead, HubRoles.CasesReadIdentity, HubRoles.CasesWrite]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonNode?> MinistryReadsAsync(string caseId, string purpose)
    {
        var response = await _client.PostAsync(ReadCase, _ministry, new { id = caseId, purpose });
        Assert.True(response.ErrorCodes.Count == 0, response.Body);
        return response.Data!["case"];
    }

    [Fact]
    public async Task AConsent_SharesWhatItCovers_ForItsPurpose_UntilItIsRevoked_AndTheReferralOutlivesTheCaseData()
    {
        var ministryId = await hub.AgencyIdAsync(WellKnownAgencies.NigeriaMinistry);

        // The owner registers the case and records the consent: assistance, demographic data only.
        var caseId = await _client.RegisterAsync(_owner, FullCase(hub.Now));
        Assert.Null(await MinistryReadsAsync(caseId, "ASSISTANCE"));
        var consentId = await _client.GrantAsync(_owner, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now, "ASSISTANCE", "DEMOGRAPHIC"));

        // The ministry sees the demographic fields, and every other one withheld for want of consent.
        var seen = await MinistryReadsAsync(caseId, "ASSISTANCE");
        Assert.NotNull(seen);
        Assert.Equal(caseId, seen["id"]!.GetValue<string>());
        Assert.Equal(WellKnownAgencies.NigeriaShelter, seen["owner"]!["code"]!.GetValue<string>());
        Assert.Equal("FEMALE", seen["sex"]!.GetValue<string>());
        Assert.Equal("AGE_24_26", seen["ageBracket"]!.GetValue<string>());
        Assert.Equal("NGA", seen["citizenship"]!["code"]!.GetValue<string>());
        Assert.Equal("ITA", seen["countryOfIdentification"]!["code"]!.GetValue<string>());
        foreach (var field in IdentityFields.Concat(TraffickingFields).Concat(AssistanceFields))
        {
            Assert.Null(seen[field]);
        }

        Assert.Equal(
            [.. IdentityFields.Select(f => (f, "IDENTITY", "NO_CONSENT")), .. TraffickingFields.Select(f => (f, "TRAFFICKING_EXPERIENCE", "NO_CONSENT")), .. AssistanceFields.Select(f => (f, "ASSISTANCE", "NO_CONSENT"))],
            seen.Withheld().OrderBy(w => w.Category == "IDENTITY" ? 0 : w.Category == "TRAFFICKING_EXPERIENCE" ? 1 : 2).ThenBy(w => w.Field, StringComparer.Ordinal));

        // For another purpose the consent counts for nothing: the case is not there at all.
        Assert.Null(await MinistryReadsAsync(caseId, "LEGAL_PROCEEDINGS"));

        // The owner refers the case; the ministry accepts, and the payload shows the case as the consent allows.
        var referred = (await _client.PostAsync(
            $"mutation Refer($input: ReferCaseInput!) {{ referCase(input: $input) {{ errors {{ code field }} referral {{ {ReferralFields} }} }} }}", _owner,
            new { input = new { caseId, purpose = "ASSISTANCE", toAgencyCode = WellKnownAgencies.NigeriaMinistry, services = Set("SHELTER", "PSYCHOSOCIAL") } })).Payload("referCase");
        Assert.Empty(referred.UserErrors());
        var referralId = referred["referral"]!["id"]!.GetValue<string>();
        Assert.Equal("PENDING", referred["referral"]!["status"]!.GetValue<string>());

        var accepted = (await _client.PostAsync(
            $"mutation Accept($input: AcceptReferralInput!) {{ acceptReferral(input: $input) {{ errors {{ code field }} referral {{ {ReferralFields} case {{ id sex citizenship {{ code }} givenName withheld {{ field category reason }} }} }} }} }}", _ministry,
            new { input = new { id = referralId, version = 1 } })).Payload("acceptReferral");
        Assert.Empty(accepted.UserErrors());
        var referral = accepted["referral"]!;
        Assert.Equal("ACCEPTED", referral["status"]!.GetValue<string>());
        Assert.Equal(hub.Now, ParseInstant(referral["respondedOn"]));
        Assert.Equal(caseId, referral["case"]!["id"]!.GetValue<string>());
        Assert.Equal("FEMALE", referral["case"]!["sex"]!.GetValue<string>());
        Assert.Equal("NGA", referral["case"]!["citizenship"]!["code"]!.GetValue<string>());
        Assert.Null(referral["case"]!["givenName"]);
        Assert.Equal([("givenName", "IDENTITY", "NO_CONSENT")], referral["case"]!.Withheld());
        Assert.Empty(referral["withheld"]!.AsArray());

        // The person withdraws consent.
        var revoked = (await _client.SendAsync(RevokeConsent, _owner, new() { ["id"] = consentId, ["version"] = 1 })).Payload("revokeConsent");
        Assert.Empty(revoked.UserErrors());

        // The very next request of the ministry: no case, but the referral's own record stays.
        Assert.Null(await MinistryReadsAsync(caseId, "ASSISTANCE"));
        var after = (await _client.PostAsync(
            $"query Referral($id: ID!) {{ referral(id: $id, purpose: ASSISTANCE) {{ {ReferralFields} case {{ id sex }} }} }}", _ministry, new { id = referralId })).Payload("referral");
        Assert.Equal(referralId, after["id"]!.GetValue<string>());
        Assert.Equal("ACCEPTED", after["status"]!.GetValue<string>());
        Assert.Equal(["PSYCHOSOCIAL", "SHELTER"], after["services"].Strings());
        Assert.Equal(WellKnownAgencies.NigeriaShelter, after["fromAgency"]!["code"]!.GetValue<string>());
        Assert.Equal(WellKnownAgencies.NigeriaMinistry, after["toAgency"]!["code"]!.GetValue<string>());
        Assert.Null(after["case"]);
        var withheld = Assert.Single(after["withheld"]!.AsArray())!;
        Assert.Equal("case", withheld["field"]!.GetValue<string>());
        Assert.Equal("NO_CONSENT", withheld["reason"]!.GetValue<string>());
        var listed = (await _client.PostAsync("{ cases(purpose: ASSISTANCE, first: 100) { nodes { id } } }", _ministry)).Payload("cases");
        Assert.DoesNotContain(caseId, listed["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));

        // The ministry's two reads that showed the case (its own query and the accept payload) are
        // logged with the one category they disclosed; the reads that found nothing are not.
        var logged = await hub.WithDbAsync(db => db.Disclosures.Where(d => d.CaseId == Guid.Parse(caseId) && d.AgencyId == ministryId).OrderBy(d => d.OperationName).ToListAsync());
        Assert.Equal(["Accept", "Read"], logged.Select(d => d.OperationName));
        Assert.All(logged, d => Assert.Equal(DataCategory.Demographic, d.Categories));
        Assert.All(logged, d => Assert.Equal(Purpose.Assistance, d.Purpose));

        // And the owner can see who was shown its case.
        var disclosures = (await _client.PostAsync("query($id: ID!) { disclosures(caseId: $id, first: 50) { nodes { agency { code } purpose categories operationName } } }", _owner, new { id = caseId }))
            .Payload("disclosures")["nodes"]!.AsArray();
        var byMinistry = disclosures.Where(n => n!["agency"]!["code"]!.GetValue<string>() == WellKnownAgencies.NigeriaMinistry).ToList();
        Assert.Equal(2, byMinistry.Count);
        Assert.All(byMinistry, n => Assert.Equal(["DEMOGRAPHIC"], n!["categories"].Strings()));
    }
}
