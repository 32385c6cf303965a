using System.Net;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Hub.Api.Tests.Writes.Writer;

namespace Hub.Api.Tests.Writes;

/// <summary>DESIGN §3, Writes: updates carry the version they read and a stale one is
/// VERSION_CONFLICT, never a silent overwrite, also when two requests race on separate connections
/// (run with <c>HUB_TEST_POSTGRES</c> set, the races meet PostgreSQL's row locks instead of
/// SQLite's single writer). Each race is run several times over a real socket. A referral and the
/// revocation of the consent it relies on take the case's lock first, so that they happen one after
/// the other.</summary>
public sealed class ConcurrencyTests(ListeningWriteHub hub, ITestOutputHelper output) : IClassFixture<ListeningWriteHub>
{
    private const int Rounds = 5;

    private const string UpdateCase = """
        mutation Update($input: UpdateCaseInput!) { updateCase(input: $input) { errors { code field } case(purpose: ASSISTANCE) { id version givenName } } }
        """;

    private readonly Writer _writer = new(hub, hub.CreateClient());
    private readonly HttpClient _one = hub.CreateClient();
    private readonly HttpClient _two = hub.CreateClient();

    [Fact]
    public async Task Two_updates_of_one_case_on_the_same_version_apply_once_and_the_other_is_VERSION_CONFLICT()
    {
        var token = await _writer.SenderAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var id = await _writer.RegisterCaseAsync(givenName: "Original");
            var before = await _writer.CountsAsync();

            var answers = await Task.WhenAll(
                _one.PostAsync(UpdateCase, token, new { input = new { id, version = 1, givenName = "Amina" } }),
                _two.PostAsync(UpdateCase, token, new { input = new { id, version = 1, givenName = "Grace" } }));

            var (winner, loser) = Split(answers, "updateCase");
            Assert.Equal(["VERSION_CONFLICT@version"], UserErrors(loser, "updateCase"));
            Assert.Null(loser.Data!["updateCase"]!["case"]);
            var written = winner.Data!["updateCase"]!["case"]!;
            Assert.Equal(2, written["version"]!.GetValue<int>());
            var stored = await hub.WithDbAsync(db => db.Cases.AsNoTracking().Where(c => c.Id == Guid.Parse(id)).Select(c => new { c.Version, c.GivenName }).SingleAsync());
            Assert.Equal(2, stored.Version);
            Assert.Equal(written["givenName"]!.GetValue<string>(), stored.GivenName);
            Assert.Equal(before with { AuditEntries = before.AuditEntries + 1 }, await _writer.CountsAsync());
        }
    }

    [Theory]
    [InlineData("acceptReferral", "acceptReferral")]
    [InlineData("declineReferral", "declineReferral")]
    [InlineData("acceptReferral", "declineReferral")]
    [InlineData("acceptReferral", "withdrawReferral")]
    [InlineData("declineReferral", "withdrawReferral")]
    public async Task Two_moves_of_one_referral_on_the_same_version_apply_once_and_the_other_is_VERSION_CONFLICT(string first, string second)
    {
        var (sender, recipient) = (await _writer.SenderAsync(), await _writer.RecipientAsync());
        string TokenFor(string move) => move == "withdrawReferral" ? sender : recipient;
        var statusOf = new Dictionary<string, string> { ["acceptReferral"] = "ACCEPTED", ["declineReferral"] = "DECLINED", ["withdrawReferral"] = "WITHDRAWN" };
        for (var round = 0; round < Rounds; round++)
        {
            var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();
            var before = await _writer.CountsAsync();

            var moves = new[] { first, second };
            var answers = await Task.WhenAll(
                new Writer(hub, _one).MoveAsync(first, TokenFor(first), id, 1),
                new Writer(hub, _two).MoveAsync(second, TokenFor(second), id, 1));

            var winning = Enumerable.Range(0, 2).Single(i => answers[i].Data![moves[i]]!["errors"]!.AsArray().Count == 0);
            var losing = 1 - winning;
            Assert.Equal(["VERSION_CONFLICT@version"], UserErrors(answers[losing], moves[losing]));
            var written = answers[winning].Data![moves[winning]]!["referral"]!;
            Assert.Equal(statusOf[moves[winning]], written["status"]!.GetValue<string>());
            Assert.Equal(2, written["version"]!.GetValue<int>());
            var stored = await hub.WithDbAsync(db => db.Referrals.AsNoTracking().Where(r => r.Id == Guid.Parse(id)).Select(r => new { r.Version, r.Status }).SingleAsync());
            Assert.Equal(2, stored.Version);
            Assert.Equal(statusOf[moves[winning]], stored.Status.ToString().ToUpperInvariant());
            Assert.Equal(before with { AuditEntries = before.AuditEntries + 1 }, await _writer.CountsAsync());
        }
    }

    [Fact]
    public async Task Two_referrals_of_one_case_to_one_agency_for_one_purpose_racing_make_one_and_the_other_is_DUPLICATE_REFERRAL()
    {
        var token = await _writer.SenderAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var caseId = await _writer.RegisterCaseAsync();
            await _writer.GrantConsentToAsync(caseId, Recipient);
            var input = new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") };
            var before = await _writer.CountsAsync();

            var answers = await Task.WhenAll(
                _one.PostAsync(ReferCase, token, new { input }),
                _two.PostAsync(ReferCase, token, new { input }));

            var (_, loser) = Split(answers, "referCase");
            Assert.Equal(["DUPLICATE_REFERRAL@toAgencyCode"], UserErrors(loser, "referCase"));
            Assert.Equal(1, await hub.WithDbAsync(db => db.Referrals.CountAsync(r => r.CaseId == Guid.Parse(caseId))));
            Assert.Equal(before with { Referrals = before.Referrals + 1, ReferralServices = before.ReferralServices + 1, AuditEntries = before.AuditEntries + 1 }, await _writer.CountsAsync());
        }
    }

    [Fact]
    public async Task Two_registrations_racing_for_one_reference_make_one_case_and_the_other_is_DUPLICATE_REFERENCE()
    {
        var token = await _writer.SenderAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var reference = $"RACE-REF-{round}-{Guid.NewGuid():N}"[..32];
            var before = await _writer.CountsAsync();

            var answers = await Task.WhenAll(
                _one.PostAsync(RegisterCase, token, new { input = new { reference, givenName = "Amina" } }),
                _two.PostAsync(RegisterCase, token, new { input = new { reference, givenName = "Grace" } }));

            var (_, loser) = Split(answers, "registerCase");
            Assert.Equal(["DUPLICATE_REFERENCE@reference"], UserErrors(loser, "registerCase"));
            Assert.Equal(before with { Cases = before.Cases + 1, AuditEntries = before.AuditEntries + 1 }, await _writer.CountsAsync());
        }
    }

    [Fact]
    public async Task A_referral_racing_the_revocation_of_the_only_consent_naming_its_recipient_is_made_before_it_or_is_NO_CONSENT()
    {
        const string Revoke = "mutation Revoke($input: RevokeConsentInput!) { revokeConsent(input: $input) { errors { code field } consent { id revokedOn } } }";
        const int RaceRounds = 12;
        var token = await _writer.SenderAsync();
        var outcomes = new List<string>();
        await using (await RefuseReferralsOfRevokedConsentsAsync())
        {
            for (var round = 0; round < RaceRounds; round++)
            {
                var caseId = await _writer.RegisterCaseAsync();
                var consentId = await _writer.GrantConsentToAsync(caseId, Recipient);
                var refer = new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") };
                var before = await _writer.CountsAsync();

                var answers = await Task.WhenAll(
                    _one.PostAsync(ReferCase, token, new { input = refer }),
                    _two.PostAsync(Revoke, token, new { input = new { id = consentId, version = 1 } }));

                // Neither waits forever nor fails: the two take the case's lock one after the other.
                // A referral inserted after the revocation committed is refused by the trigger, and
                // answers INTERNAL_ERROR.
                var (referred, revoked) = (answers[0], answers[1]);
                Assert.True(referred.Status == HttpStatusCode.OK, $"Round {round}: the referral failed, made after the revocation of its consent if the trigger refused it: {referred.Body}");
                Assert.True(revoked.Status == HttpStatusCode.OK, $"Round {round}: the revocation failed: {revoked.Body}");
                Assert.Empty(UserErrors(revoked, "revokeConsent"));
                var referErrors = UserErrors(referred, "referCase");
                var referrals = await hub.WithDbAsync(db => db.Referrals.CountAsync(r => r.CaseId == Guid.Parse(caseId)));
                if (referErrors.Length == 0)
                {
                    // Made while the consent held: the revocation came after it, and left it as it was.
                    outcomes.Add("referred, then revoked");
                    Assert.Equal(1, referrals);
                    Assert.Equal(before with { Referrals = before.Referrals + 1, ReferralServices = before.ReferralServices + 1, AuditEntries = before.AuditEntries + 2 }, await _writer.CountsAsync());
                }
                else
                {
                    outcomes.Add("revoked, then refused");
                    Assert.Equal(["NO_CONSENT@toAgencyCode"], referErrors);
                    Assert.Null(referred.Data!["referCase"]!["referral"]);
                    Assert.Equal(0, referrals);
                    Assert.Equal(before with { AuditEntries = before.AuditEntries + 1 }, await _writer.CountsAsync());
                }

                Assert.NotNull(await hub.WithDbAsync(db => db.Consents.Where(k => k.Id == Guid.Parse(consentId)).Select(k => k.RevokedOn).SingleAsync()));
                Assert.Equal(["NO_CONSENT@toAgencyCode"], UserErrors(await _writer.ReferAsync(refer), "referCase"));
            }
        }

        Assert.Equal(RaceRounds, outcomes.Count);
        output.WriteLine(string.Join("; ", outcomes.CountBy(o => o).Select(o => $"{o.Key}: {o.Value}")));
    }

    [Fact]
    public async Task Two_identical_consents_racing_record_one_and_the_other_is_DUPLICATE_CONSENT()
    {
        const string Grant = "mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { errors { code field } consent { id } } }";
        var token = await _writer.SenderAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var caseId = await _writer.RegisterCaseAsync();
            var input = new { caseId, purpose = "ASSISTANCE", recipient = new { agencyCode = Recipient }, categories = Of("DEMOGRAPHIC"), expiresOn = Iso(hub.Now.AddDays(30)), evidence = "WRITTEN" };
            var before = await _writer.CountsAsync();

            var answers = await Task.WhenAll(
                _one.PostAsync(Grant, token, new { input }),
                _two.PostAsync(Grant, token, new { input }));

            var (_, loser) = Split(answers, "grantConsent");
            Assert.Equal(["DUPLICATE_CONSENT@recipient"], UserErrors(loser, "grantConsent"));
            Assert.Equal(1, await hub.WithDbAsync(db => db.Consents.CountAsync(k => k.CaseId == Guid.Parse(caseId))));
            Assert.Equal(before with { Consents = before.Consents + 1, AuditEntries = before.AuditEntries + 1 }, await _writer.CountsAsync());
        }
    }

    /// <summary>Until disposed, the database itself refuses to insert a referral whose case's consent
    /// naming its recipient has been revoked and committed: the referral's check of the consent and
    /// its insert are then split by a revocation. On PostgreSQL the trigger first waits a moment, so
    /// that a revocation not held back by the case's lock would commit in that gap.</summary>
    private async Task<IAsyncDisposable> RefuseReferralsOfRevokedConsentsAsync()
    {
        const string Revoked = """
            EXISTS (SELECT 1 FROM "Consents" WHERE "CaseId" = NEW."CaseId" AND "RecipientAgencyId" = NEW."ToAgencyId" AND "RevokedOn" IS NOT NULL)
            """;
        var create = HubFactory.OnPostgreSql
            ? $"""
               CREATE OR REPLACE FUNCTION hub_referral_after_revocation() RETURNS trigger LANGUAGE plpgsql AS '
               BEGIN
                 PERFORM pg_sleep(0.05);
                 IF {Revoked.Replace("'", "''", StringComparison.Ordinal)} THEN
                   RAISE EXCEPTION ''referral made after the revocation of its consent'';
                 END IF;
                 RETURN NEW;
               END';
               CREATE TRIGGER "referral_after_revocation" BEFORE INSERT ON "Referrals" FOR EACH ROW EXECUTE FUNCTION hub_referral_after_revocation();
               """
            : $"""
               CREATE TRIGGER "referral_after_revocation" BEFORE INSERT ON "Referrals" WHEN {Revoked}
               BEGIN SELECT RAISE(ABORT, 'referral made after the revocation of its consent'); END;
               """;
        var drop = HubFactory.OnPostgreSql
            ? """DROP TRIGGER "referral_after_revocation" ON "Referrals"; DROP FUNCTION hub_referral_after_revocation();"""
            : """DROP TRIGGER "referral_after_revocation";""";
        await hub.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(create));
        return new Repair(() => hub.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(drop)));
    }

    private sealed class Repair(Func<Task<int>> repair) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await repair();
    }

    // The answer that wrote and the one that did not: exactly one of each.
    private static (GraphQLResponse Winner, GraphQLResponse Loser) Split(GraphQLResponse[] answers, string mutation)
    {
        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, a.Body));
        var written = answers.Where(a => a.Data![mutation]!["errors"]!.AsArray().Count == 0).ToList();
        Assert.True(written.Count == 1, string.Join("\n", answers.Select(a => a.Body)));
        return (written[0], answers.Single(a => a != written[0]));
    }
}
