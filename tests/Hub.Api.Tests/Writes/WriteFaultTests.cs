using System.Net;
using System.Text;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Writes.Writer;

namespace Hub.Api.Tests.Writes;

/// <summary>DESIGN §3: a write that cannot be audited does not happen, and (rule 9) a response whose
/// disclosures cannot be logged discloses nothing; for a write, that undoes the write. A request
/// with mutations is kept whole or not at all: any error in its result, even in reading back a
/// payload, undoes all of it and answers the errors with NOTHING_WRITTEN and no data. Faults are
/// injected with a trigger that makes every insert into a table fail, in this class's own
/// database, and removed after each test.</summary>
public sealed class WriteFaultTests(WriteHub hub) : IClassFixture<WriteHub>
{
    private readonly Writer _writer = new(hub, hub.CreateClient());

    [Theory]
    [InlineData("registerCase")]
    [InlineData("updateCase")]
    [InlineData("grantConsent")]
    [InlineData("revokeConsent")]
    [InlineData("referCase")]
    [InlineData("acceptReferral")]
    [InlineData("withdrawReferral")]
    public async Task When_the_audit_row_cannot_be_written_the_write_answers_500_and_nothing_is_written(string mutation)
    {
        // The fault is the resolver's: an INTERNAL_ERROR that says nothing of it, and NOTHING_WRITTEN.
        var (query, variables) = await PrepareAsync(mutation);
        var before = await SnapshotAsync();

        GraphQLResponse response;
        await using (await FailInsertsIntoAsync("AuditEntries"))
        {
            response = await _writer.Client.PostAsync(query, await _writer.SenderOrRecipientAsync(mutation), variables);
        }

        Assert.True(response.Status == HttpStatusCode.InternalServerError, response.Body);
        Assert.Equal(["INTERNAL_ERROR", "NOTHING_WRITTEN"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.DoesNotContain("Amina", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("fault injected", response.Body, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    // A payload that selects the new case's referrals after a cursor the Hub never gave out: the
    // write itself succeeds, reading it back fails with INVALID_CURSOR.
    private const string RegisterReadingBackABadCursor = """
        mutation Register($input: RegisterCaseInput!) {
          registerCase(input: $input) { errors { code } case(purpose: ASSISTANCE) { id referrals(first: 1, after: "x") { nodes { id } } } }
        }
        """;

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task A_registration_whose_payload_cannot_be_read_back_is_undone_and_answers_its_error_and_NOTHING_WRITTEN_without_data(string accept, HttpStatusCode status)
    {
        var reference = $"BAD-CURSOR-{accept.Length}";
        var before = await SnapshotAsync();

        var response = await _writer.Client.PostAsync(RegisterReadingBackABadCursor, await _writer.SenderAsync(), new { input = new { reference, givenName = "Folasade" } }, accept);

        Assert.True(response.Status == status, response.Body);
        Assert.Equal(["INVALID_CURSOR", "NOTHING_WRITTEN"], response.ErrorCodes);
        Assert.False(response.Json.AsObject().ContainsKey("data"), response.Body);
        Assert.DoesNotContain("Folasade", response.Body, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
        Assert.False(await hub.WithDbAsync(db => db.Cases.AnyAsync(c => c.Reference == reference)));
    }

    [Fact]
    public async Task A_request_of_two_mutations_whose_second_payload_cannot_be_read_back_writes_neither_and_leaves_its_idempotency_key_unclaimed()
    {
        const string Both = """
            mutation Both($first: RegisterCaseInput!, $second: RegisterCaseInput!) {
              first: registerCase(input: $first) { errors { code } case(purpose: ASSISTANCE) { id givenName } }
              second: registerCase(input: $second) { errors { code } case(purpose: ASSISTANCE) { id referrals(first: 1, after: "x") { nodes { id } } } }
            }
            """;
        var token = await _writer.SenderAsync();
        var variables = new { first = new { reference = "WHOLE-1", givenName = "Folasade" }, second = new { reference = "WHOLE-2", givenName = "Grace" } };
        var before = await SnapshotAsync();

        var response = await PostWithKeyAsync(Both, token, variables, "kept-whole-1");

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.Body);
        Assert.Equal(["INVALID_CURSOR", "NOTHING_WRITTEN"], response.ErrorCodes);
        Assert.False(response.Json.AsObject().ContainsKey("data"), response.Body);
        Assert.DoesNotContain("Folasade", response.Body, StringComparison.Ordinal);
        Assert.False(response.Message.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(before, await SnapshotAsync());
        Assert.False(await hub.WithDbAsync(db => db.Cases.AnyAsync(c => c.Reference == "WHOLE-1" || c.Reference == "WHOLE-2")));

        // The same key, now with a document that can be read back, runs anew rather than replaying a failure.
        var retried = await PostWithKeyAsync(RegisterCase, token, new { input = new { reference = "WHOLE-3" } }, "kept-whole-1");
        Written(retried, "registerCase", "case");
        Assert.False(retried.Message.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task A_write_that_failed_with_an_idempotency_key_left_the_key_unclaimed()
    {
        var variables = new { input = new { givenName = "Amina" } };
        var token = await _writer.SenderAsync();
        GraphQLResponse failed;
        await using (await FailInsertsIntoAsync("AuditEntries"))
        {
            failed = await PostWithKeyAsync(RegisterCase, token, variables, "fails-first");
        }

        var before = await _writer.CountsAsync();
        var retried = await PostWithKeyAsync(RegisterCase, token, variables, "fails-first");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.Status);
        Assert.Equal(["INTERNAL_ERROR", "NOTHING_WRITTEN"], failed.ErrorCodes);
        Written(retried, "registerCase", "case");
        Assert.False(retried.Message.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(before with { Cases = before.Cases + 1, AuditEntries = before.AuditEntries + 1, IdempotencyRecords = before.IdempotencyRecords + 1 }, await _writer.CountsAsync());
    }

    [Fact]
    public async Task When_the_disclosure_log_cannot_be_written_a_registration_that_reads_back_its_case_is_undone_and_shows_nothing()
    {
        var before = await SnapshotAsync();

        GraphQLResponse response;
        await using (await FailInsertsIntoAsync("Disclosures"))
        {
            response = await _writer.Client.PostAsync(
                "mutation Register($input: RegisterCaseInput!) { registerCase(input: $input) { errors { code } case(purpose: ASSISTANCE) { givenName } } }",
                await _writer.SenderAsync(), new { input = new { reference = "LOG-DOWN-1", givenName = "Folasade" } });
        }

        Assert.True(response.Status == HttpStatusCode.InternalServerError, response.Body);
        Assert.Equal(["DISCLOSURE_LOG_FAILED", "NOTHING_WRITTEN"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.DoesNotContain("Folasade", response.Body, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
        Assert.False(await hub.WithDbAsync(db => db.Cases.AnyAsync(c => c.Reference == "LOG-DOWN-1")));
    }

    [Fact]
    public async Task When_the_disclosure_log_cannot_be_written_a_referral_that_reads_back_its_case_is_undone_and_shows_nothing()
    {
        var caseId = await _writer.RegisterCaseAsync(givenName: "Folasade");
        await _writer.GrantConsentToAsync(caseId, Recipient);
        var before = await SnapshotAsync();

        GraphQLResponse response;
        await using (await FailInsertsIntoAsync("Disclosures"))
        {
            response = await _writer.Client.PostAsync(
                "mutation Refer($input: ReferCaseInput!) { referCase(input: $input) { errors { code } referral { id case { givenName } } } }",
                await _writer.SenderAsync(), new { input = new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") } });
        }

        Assert.True(response.Status == HttpStatusCode.InternalServerError, response.Body);
        Assert.Equal(["DISCLOSURE_LOG_FAILED", "NOTHING_WRITTEN"], response.ErrorCodes);
        Assert.DoesNotContain("Folasade", response.Body, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_write_whose_answer_names_no_case_is_made_while_the_disclosure_log_is_down()
    {
        var before = await _writer.CountsAsync();

        GraphQLResponse response;
        await using (await FailInsertsIntoAsync("Disclosures"))
        {
            response = await _writer.Client.PostAsync(
                "mutation Register($input: RegisterCaseInput!) { registerCase(input: $input) { errors { code } } }",
                await _writer.SenderAsync(), new { input = new { givenName = "Amina" } });
        }

        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.Equal("""{"registerCase":{"errors":[]}}""", response.Data!.ToJsonString());
        Assert.Equal(before with { Cases = before.Cases + 1, AuditEntries = before.AuditEntries + 1 }, await _writer.CountsAsync());
    }

    // What each mutation needs in place before the fault, and its request.
    private async Task<(string Query, object Variables)> PrepareAsync(string mutation)
    {
        const string Payload = "{ errors { code } }";
        switch (mutation)
        {
            case "registerCase":
                return ($"mutation($input: RegisterCaseInput!) {{ registerCase(input: $input) {Payload} }}", new { input = new { givenName = "Amina" } });
            case "updateCase":
                var updated = await _writer.RegisterCaseAsync(givenName: "Original");
                return ($"mutation($input: UpdateCaseInput!) {{ updateCase(input: $input) {Payload} }}", new { input = new { id = updated, version = 1, givenName = "Amina" } });
            case "grantConsent":
                var consented = await _writer.RegisterCaseAsync();
                return ($"mutation($input: GrantConsentInput!) {{ grantConsent(input: $input) {Payload} }}",
                    new { input = new { caseId = consented, purpose = "ASSISTANCE", recipient = new { agencyCode = Recipient }, categories = Of("ASSISTANCE"), expiresOn = Iso(hub.Now.AddDays(30)), evidence = "VERBAL" } });
            case "revokeConsent":
                var consent = await _writer.GrantConsentToAsync(await _writer.RegisterCaseAsync(), Recipient);
                return ($"mutation($input: RevokeConsentInput!) {{ revokeConsent(input: $input) {Payload} }}", new { input = new { id = consent, version = 1 } });
            case "referCase":
                var referred = await _writer.RegisterCaseAsync();
                await _writer.GrantConsentToAsync(referred, Recipient);
                return ($"mutation($input: ReferCaseInput!) {{ referCase(input: $input) {Payload} }}", new { input = new { caseId = referred, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") } });
            case "acceptReferral":
            case "withdrawReferral":
                var referral = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();
                var input = mutation == "acceptReferral" ? "AcceptReferralInput" : "WithdrawReferralInput";
                return ($"mutation($input: {input}!) {{ {mutation}(input: $input) {Payload} }}", new { input = new { id = referral, version = 1 } });
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }
    }

    // The counts, and every row of the tables the writes change, in a form to compare.
    private Task<string> SnapshotAsync() => hub.WithDbAsync(async db => JsonSerializer.Serialize(new
    {
        Counts = await _writer.CountsAsync(),
        Cases = await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Version, c.GivenName, c.ChangedOn }).ToListAsync(),
        Consents = await db.Consents.AsNoTracking().OrderBy(k => k.Id).Select(k => new { k.Id, k.Version, k.RevokedOn }).ToListAsync(),
        Referrals = await db.Referrals.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.Version, r.Status, r.RespondedOn, r.ClosedOn }).ToListAsync(),
        Disclosures = await db.Disclosures.CountAsync(),
    }));

    /// <summary>Makes every insert into <paramref name="table"/> fail until disposed.</summary>
    private async Task<IAsyncDisposable> FailInsertsIntoAsync(string table)
    {
        var trigger = $"fault_{table}";
        var create = HubFactory.OnPostgreSql
            ? $"""
               CREATE OR REPLACE FUNCTION hub_fault() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RAISE EXCEPTION ''fault injected''; END';
               CREATE TRIGGER "{trigger}" BEFORE INSERT ON "{table}" FOR EACH ROW EXECUTE FUNCTION hub_fault();
               """
            : $"""CREATE TRIGGER "{trigger}" BEFORE INSERT ON "{table}" BEGIN SELECT RAISE(ABORT, 'fault injected'); END;""";
        var drop = HubFactory.OnPostgreSql ? $"""DROP TRIGGER "{trigger}" ON "{table}";""" : $"""DROP TRIGGER "{trigger}";""";
        await hub.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(create));
        return new Repair(() => hub.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(drop)));
    }

    private async Task<GraphQLResponse> PostWithKeyAsync(string query, string token, object variables, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await HubClient.SendAsync(_writer.Client, request, token);
    }

    private sealed class Repair(Func<Task<int>> repair) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await repair();
    }
}
