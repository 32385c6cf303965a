using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Writes.Writer;

namespace Hub.Api.Tests.Writes;

/// <summary>DESIGN §3, Writes: <c>referCase</c> refers an owned case to an active agency that an
/// active consent for the referral's purpose names; every refusal writes nothing.</summary>
public sealed class ReferCaseTests(WriteHub hub) : IClassFixture<WriteHub>
{
    private readonly Writer _writer = new(hub, hub.CreateClient());

    [Fact]
    public async Task A_referral_to_a_consented_agency_is_pending_with_what_was_asked_and_dated_by_the_hub()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);
        var project = await hub.WithDbAsync(db => db.Projects.OrderBy(p => p.Code).Select(p => p.Code).FirstAsync());
        var before = await _writer.CountsAsync();

        var referral = Written(await _writer.ReferAsync(new
        {
            caseId,
            purpose = "ASSISTANCE",
            toAgencyCode = Recipient,
            services = Of("MEDICAL", "SHELTER", "MEDICAL"),
            note = "Arrives Tuesday.",
            projectCode = project,
        }), "referCase", "referral");

        Assert.Equal("PENDING", referral["status"]!.GetValue<string>());
        Assert.Equal("ASSISTANCE", referral["purpose"]!.GetValue<string>());
        Assert.Equal(["MEDICAL", "SHELTER"], referral["services"]!.AsArray().Select(s => s!.GetValue<string>()).Order());
        Assert.Empty(referral["servicesDelivered"]!.AsArray());
        Assert.Equal("Arrives Tuesday.", referral["note"]!.GetValue<string>());
        Assert.Equal(project, referral["project"]!["code"]!.GetValue<string>());
        Assert.Equal(Sender, referral["fromAgency"]!["code"]!.GetValue<string>());
        Assert.Equal(Recipient, referral["toAgency"]!["code"]!.GetValue<string>());
        Assert.Equal(hub.Now, Date(referral["referredOn"]));
        Assert.Equal(hub.Now, Date(referral["changedOn"]));
        Assert.Null(referral["respondedOn"]);
        Assert.Null(referral["closedOn"]);
        Assert.Null(referral["declineReason"]);
        Assert.Equal(1, referral["version"]!.GetValue<int>());
        var after = await _writer.CountsAsync();
        Assert.Equal(before with { Referrals = before.Referrals + 1, ReferralServices = before.ReferralServices + 2, AuditEntries = before.AuditEntries + 1 }, after);
        var audit = await hub.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(("referCase", "Referral", referral["id"]!.GetValue<string>()), (audit.Action, audit.EntityType, audit.EntityId));
        Assert.Equal("caseId,note,projectCode,purpose,services,toAgencyCode", audit.ChangedFields);
        Assert.Equal((await hub.TenantOfAsync(Sender)).ToString(), audit.TenantId);
        Assert.Equal(await hub.WithDbAsync(db => db.Agencies.Where(a => a.Code == Sender).Select(a => (Guid?)a.Id).SingleAsync()), audit.AgencyId);
        Assert.False(string.IsNullOrEmpty(audit.ActorId));
        Assert.Equal(hub.Now, audit.OccurredAt);
        Assert.DoesNotContain("Arrives", audit.AfterJson ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipient_may_be_named_by_its_id_and_the_referral_needs_no_project_or_note()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);
        var recipientId = await hub.WithDbAsync(db => db.Agencies.Where(a => a.Code == Recipient).Select(a => a.Id).SingleAsync());

        var referral = Written(await _writer.ReferAsync(new { caseId, purpose = "ASSISTANCE", toAgencyId = recipientId.ToString(), services = Of("LEGAL") }), "referCase", "referral");

        Assert.Equal(Recipient, referral["toAgency"]!["code"]!.GetValue<string>());
        Assert.Null(referral["project"]);
        Assert.Null(referral["note"]);
    }

    [Fact]
    public async Task A_consent_naming_the_recipients_kind_and_country_suffices()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentAsync(caseId, new { kind = "GOVERNMENT", country = "NGA" });

        var referral = Written(await _writer.ReferAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") }), "referCase", "referral");

        Assert.Equal("PENDING", referral["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_any_consent_the_referral_is_refused_with_NO_CONSENT()
    {
        var caseId = await _writer.RegisterCaseAsync();

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") }, "NO_CONSENT@toAgencyCode");
    }

    [Fact]
    public async Task A_refusal_names_the_field_the_recipient_was_named_by_also_when_the_other_is_sent_as_null()
    {
        var caseId = await _writer.RegisterCaseAsync();
        var recipientId = await hub.WithDbAsync(db => db.Agencies.Where(a => a.Code == Recipient).Select(a => a.Id).SingleAsync());

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyId = (string?)null, toAgencyCode = Recipient, services = Of("SHELTER") }, "NO_CONSENT@toAgencyCode");
        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyId = recipientId.ToString(), toAgencyCode = (string?)null, services = Of("SHELTER") }, "NO_CONSENT@toAgencyId");
    }

    [Fact]
    public async Task A_consent_for_another_purpose_is_NO_CONSENT()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient, purpose: "LEGAL_PROCEEDINGS");

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") }, "NO_CONSENT@toAgencyCode");
    }

    [Fact]
    public async Task A_consent_naming_another_agency_or_another_kind_is_NO_CONSENT()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Stranger);
        await _writer.GrantConsentAsync(caseId, new { kind = "NGO", country = "NGA" });
        await _writer.GrantConsentAsync(caseId, new { kind = "GOVERNMENT", country = "THA" });

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") }, "NO_CONSENT@toAgencyCode");
    }

    [Fact]
    public async Task An_expired_consent_is_NO_CONSENT()
    {
        var caseId = await _writer.RegisterCaseAsync();
        var consent = Guid.Parse(await _writer.GrantConsentToAsync(caseId, Recipient));
        await hub.WithDbAsync(db => db.Consents.Where(k => k.Id == consent)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.GrantedOn, hub.Now.AddDays(-30)).SetProperty(k => k.ExpiresOn, hub.Now.AddSeconds(-1))));

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") }, "NO_CONSENT@toAgencyCode");
    }

    [Fact]
    public async Task A_consent_granted_after_now_is_NO_CONSENT()
    {
        var caseId = await _writer.RegisterCaseAsync();
        var consent = Guid.Parse(await _writer.GrantConsentToAsync(caseId, Recipient));
        await hub.WithDbAsync(db => db.Consents.Where(k => k.Id == consent).ExecuteUpdateAsync(s => s.SetProperty(k => k.GrantedOn, hub.Now.AddHours(1))));

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") }, "NO_CONSENT@toAgencyCode");
    }

    [Fact]
    public async Task A_revoked_consent_is_NO_CONSENT()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.RevokeConsentAsync(await _writer.GrantConsentToAsync(caseId, Recipient));

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") }, "NO_CONSENT@toAgencyCode");
    }

    [Fact]
    public async Task A_suspended_recipient_is_RECIPIENT_SUSPENDED_even_with_a_consent()
    {
        // grantConsent refuses a suspended recipient, so the consent is one recorded before the
        // agency was suspended: put in place as the Hub would have stored it then.
        var caseId = await _writer.RegisterCaseAsync();
        var suspended = await hub.WithDbAsync(db => db.Agencies.SingleAsync(a => a.Code == Suspended));
        Assert.NotEqual(AgencyStatus.Active, suspended.Status);
        await hub.WithDbAsync(db =>
        {
            db.Consents.Add(new Consent
            {
                Id = Guid.NewGuid(),
                CaseId = Guid.Parse(caseId),
                Purpose = Purpose.Assistance,
                RecipientAgencyId = suspended.Id,
                Categories = DataCategory.Demographic | DataCategory.Assistance,
                GrantedOn = hub.Now.AddDays(-10),
                ExpiresOn = hub.Now.AddDays(80),
                RecordedOn = hub.Now.AddDays(-10),
                Evidence = ConsentEvidence.Written,
                RecordedBy = "before-the-suspension",
            });
            return db.SaveChangesAsync();
        });

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Suspended, services = Of("SHELTER") }, "RECIPIENT_SUSPENDED@toAgencyCode");
        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyId = suspended.Id.ToString(), services = Of("SHELTER") }, "RECIPIENT_SUSPENDED@toAgencyId");
    }

    [Fact]
    public async Task A_recipient_suspended_after_its_consent_was_recorded_is_RECIPIENT_SUSPENDED()
    {
        // An agency of this class's own database, suspended for the test and restored after it.
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Stranger);
        await SetStatusAsync(Stranger, AgencyStatus.Suspended);
        try
        {
            await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Stranger, services = Of("SHELTER") }, "RECIPIENT_SUSPENDED@toAgencyCode");
        }
        finally
        {
            await SetStatusAsync(Stranger, AgencyStatus.Active);
        }

        Written(await _writer.ReferAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Stranger, services = Of("SHELTER") }), "referCase", "referral");
    }

    private Task<int> SetStatusAsync(string agency, AgencyStatus status) =>
        hub.WithDbAsync(db => db.Agencies.Where(a => a.Code == agency).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status)));

    [Fact]
    public async Task An_agency_the_registry_does_not_know_is_UNKNOWN_AGENCY_by_code_and_by_id()
    {
        var caseId = await _writer.RegisterCaseAsync();

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = "NOPE-XYZ", services = Of("SHELTER") }, "UNKNOWN_AGENCY@toAgencyCode");
        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyId = Guid.NewGuid().ToString(), services = Of("SHELTER") }, "UNKNOWN_AGENCY@toAgencyId");
    }

    [Fact]
    public async Task Referring_a_case_to_its_own_owner_is_RECIPIENT_IS_OWNER()
    {
        var caseId = await _writer.RegisterCaseAsync();

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Sender, services = Of("SHELTER") }, "RECIPIENT_IS_OWNER@toAgencyCode");
    }

    [Fact]
    public async Task A_project_code_nobody_has_is_UNKNOWN_PROJECT()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER"), projectCode = "NO-SUCH-PROJECT" }, "UNKNOWN_PROJECT@projectCode");
    }

    // Notes by name: a theory's data is shown in test names, where control characters do not belong.
    private static readonly Dictionary<string, string> Notes = new(StringComparer.Ordinal)
    {
        ["spaces"] = "   ",
        ["a line break only"] = "\n",
        ["a backspace"] = "Arrives\b Tuesday.",
        ["a vertical tab"] = "Arrives\vTuesday.",
        ["a form feed"] = "Arrives\fTuesday.",
        ["a C1 control"] = "Arrives\u009bTuesday.",
        ["a right-to-left override"] = "Arrives \u202E.yadseuT",
        ["a left-to-right override"] = "\u202DArrives Tuesday.",
        ["a first-strong isolate"] = "Arrives \u2068Tuesday.",
    };

    [Theory]
    [InlineData("spaces")]
    [InlineData("a line break only")]
    [InlineData("a backspace")]
    [InlineData("a vertical tab")]
    [InlineData("a form feed")]
    [InlineData("a C1 control")]
    [InlineData("a right-to-left override")]
    [InlineData("a left-to-right override")]
    [InlineData("a first-strong isolate")]
    public async Task A_note_that_is_blank_or_holds_a_control_character_or_a_bidi_override_is_INVALID_VALUE(string note)
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER"), note = Notes[note] }, "INVALID_VALUE@note");
    }

    [Fact]
    public async Task A_note_of_several_lines_with_tabs_is_kept_as_written()
    {
        const string Note = "Arrives Tuesday.\r\n\tNeeds an interpreter (Hausa).\n\tNo phone.";
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);

        var referral = Written(await _writer.ReferAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER"), note = Note }), "referCase", "referral");

        Assert.Equal(Note, referral["note"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_referral_asking_for_no_service_is_REQUIRED()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of() }, "REQUIRED@services");
    }

    [Fact]
    public async Task A_note_of_1000_characters_is_kept_and_one_of_1001_is_TOO_LONG()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);
        await _writer.GrantConsentToAsync(caseId, Recipient, purpose: "LEGAL_PROCEEDINGS");

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER"), note = new string('n', 1001) }, "TOO_LONG@note");
        var kept = Written(await _writer.ReferAsync(new { caseId, purpose = "LEGAL_PROCEEDINGS", toAgencyCode = Recipient, services = Of("LEGAL"), note = new string('n', 1000) }), "referCase", "referral");
        Assert.Equal(1000, kept["note"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task A_recipient_named_both_by_id_and_by_code_or_not_at_all_is_REQUIRED()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);
        var recipientId = await hub.WithDbAsync(db => db.Agencies.Where(a => a.Code == Recipient).Select(a => a.Id).SingleAsync());

        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyId = recipientId.ToString(), toAgencyCode = Recipient, services = Of("SHELTER") }, "REQUIRED@toAgencyCode");
        await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", services = Of("SHELTER") }, "REQUIRED@toAgencyId");
    }

    [Fact]
    public async Task A_case_of_another_agency_or_no_case_at_all_is_NOT_FOUND()
    {
        var theirs = await _writer.RegisterCaseAsync(agency: Stranger);
        await _writer.GrantConsentAsync(theirs, new { agencyCode = Recipient }, owner: Stranger);

        await AssertRefusedAsync(new { caseId = theirs, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") }, "NOT_FOUND@caseId");
        await AssertRefusedAsync(new { caseId = Guid.NewGuid().ToString(), purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") }, "NOT_FOUND@caseId");
    }

    [Fact]
    public async Task A_second_open_referral_to_the_same_agency_for_the_same_purpose_is_DUPLICATE_REFERRAL()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);
        var input = new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") };
        var first = Written(await _writer.ReferAsync(input), "referCase", "referral");

        await AssertRefusedAsync(input, "DUPLICATE_REFERRAL@toAgencyCode");
        await _writer.MovedAsync("acceptReferral", await _writer.RecipientAsync(), first["id"]!.GetValue<string>(), 1);
        await AssertRefusedAsync(input with { services = Of("MEDICAL") }, "DUPLICATE_REFERRAL@toAgencyCode");
    }

    [Fact]
    public async Task A_case_may_be_referred_again_once_the_open_referral_was_declined_or_withdrawn()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);
        var input = new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") };

        var first = Written(await _writer.ReferAsync(input), "referCase", "referral")["id"]!.GetValue<string>();
        await _writer.MovedAsync("declineReferral", await _writer.RecipientAsync(), first, 1);
        var second = Written(await _writer.ReferAsync(input), "referCase", "referral")["id"]!.GetValue<string>();
        await _writer.MovedAsync("withdrawReferral", await _writer.SenderAsync(), second, 1);
        var third = Written(await _writer.ReferAsync(input), "referCase", "referral")["id"]!.GetValue<string>();

        Assert.Equal(3, Of(first, second, third).Distinct().Count());
        Assert.Equal(3, await hub.WithDbAsync(db => db.Referrals.CountAsync(r => r.CaseId == Guid.Parse(caseId))));
    }

    [Fact]
    public async Task The_same_case_may_be_open_with_one_agency_for_two_purposes_and_with_two_agencies_for_one()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);
        await _writer.GrantConsentToAsync(caseId, Recipient, purpose: "RETURN_AND_REINTEGRATION");
        await _writer.GrantConsentToAsync(caseId, Stranger);

        Written(await _writer.ReferAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") }), "referCase", "referral");
        Written(await _writer.ReferAsync(new { caseId, purpose = "RETURN_AND_REINTEGRATION", toAgencyCode = Recipient, services = Of("RETURN") }), "referCase", "referral");
        Written(await _writer.ReferAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Stranger, services = Of("SHELTER") }), "referCase", "referral");
    }

    [Fact]
    public async Task Several_faults_are_all_named_at_once_and_nothing_is_written()
    {
        var caseId = await _writer.RegisterCaseAsync();

        var errors = await AssertRefusedAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = "NOPE-XYZ", services = Of(), note = new string('n', 1001), projectCode = "NO-SUCH-PROJECT" },
            "REQUIRED@services", "TOO_LONG@note", "UNKNOWN_AGENCY@toAgencyCode", "UNKNOWN_PROJECT@projectCode");
        Assert.Equal(4, errors.Length);
    }

    [Fact]
    public async Task Without_Cases_Write_the_referral_is_MISSING_ROLE_and_nothing_is_written()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);
        var before = await _writer.CountsAsync();

        var response = await _writer.ReferAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") },
            await _writer.TokenAsync(Sender, HubRoles.CasesRead, HubRoles.CasesReadIdentity, HubRoles.ConsentManage, HubRoles.ProjectsRead));

        Assert.True(response.Status == HttpStatusCode.Forbidden, response.Body);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Fact]
    public async Task A_referral_sent_over_GET_is_405_and_writes_nothing()
    {
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, Recipient);
        var before = await _writer.CountsAsync();
        var query = $$"""mutation { referCase(input: { caseId: "{{caseId}}", purpose: ASSISTANCE, toAgencyCode: "{{Recipient}}", services: [SHELTER] }) { errors { code } referral { id } } }""";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));

        var response = await HubClient.SendAsync(_writer.Client, request, await _writer.SenderAsync());

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["MUTATION_OVER_GET"], response.ErrorCodes);
        Assert.Equal("POST", response.Message.Content.Headers.Allow.Single());
        Assert.Equal(before, await _writer.CountsAsync());
    }

    // The refusal names exactly these errors, and the database is as it was.
    private async Task<string[]> AssertRefusedAsync(object input, params string[] expected)
    {
        var before = await _writer.CountsAsync();

        var response = await _writer.ReferAsync(input);

        var errors = UserErrors(response, "referCase");
        Assert.Equal(expected.Order(StringComparer.Ordinal), errors.Order(StringComparer.Ordinal));
        Assert.Null(response.Data!["referCase"]!["referral"]);
        Assert.Equal(before, await _writer.CountsAsync());
        return errors;
    }
}
