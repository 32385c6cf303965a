using System.Net;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Writes.Writer;

namespace Hub.Api.Tests.Writes;

/// <summary>DESIGN §3, Writes: updates carry the version they read and a stale one is
/// VERSION_CONFLICT, never a silent overwrite, also when two requests race on separate connections
/// (run with <c>HUB_TEST_POSTGRES</c> set, the races meet PostgreSQL's row locks instead of
/// SQLite's single writer). Each race is run several times over a real socket.</summary>
public sealed class ConcurrencyTests(ListeningWriteHub hub) : IClassFixture<ListeningWriteHub>
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

    // The answer that wrote and the one that did not: exactly one of each.
    private static (GraphQLResponse Winner, GraphQLResponse Loser) Split(GraphQLResponse[] answers, string mutation)
    {
        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, a.Body));
        var written = answers.Where(a => a.Data![mutation]!["errors"]!.AsArray().Count == 0).ToList();
        Assert.True(written.Count == 1, string.Join("\n", answers.Select(a => a.Body)));
        return (written[0], answers.Single(a => a != written[0]));
    }
}
