using System.Net;
using System.Text;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Writes.IdempotentRequests;
using static Hub.Api.Tests.Writes.Writer;

namespace Hub.Api.Tests.Writes;

/// <summary>DESIGN §3, Writes: a retry with the same <c>Idempotency-Key</c> and body gets the first
/// answer and writes nothing, also when the two race; the same key with another body is refused.</summary>
public sealed class IdempotencyTests(ListeningWriteHub hub) : IClassFixture<ListeningWriteHub>
{
    private readonly Writer _writer = new(hub, hub.CreateClient());

    [Fact]
    public async Task Two_identical_registrations_racing_with_one_key_write_one_case_and_both_answer_it()
    {
        var token = await _writer.SenderAsync();
        using var one = hub.CreateClient();
        using var two = hub.CreateClient();
        for (var round = 0; round < 5; round++)
        {
            var key = $"race-{round}-{Guid.NewGuid()}";
            var reference = $"RACE-{round}-{Guid.NewGuid():N}"[..30];
            var variables = new { input = new { reference, givenName = "Amina" } };
            var before = await _writer.CountsAsync();

            var answers = await Task.WhenAll(
                PostAsync(one, RegisterCase, token, variables, key),
                PostAsync(two, RegisterCase, token, variables, key));

            Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, a.Body));
            var ids = answers.Select(a => Written(a, "registerCase", "case")["id"]!.GetValue<string>()).ToList();
            Assert.Equal(ids[0], ids[1]);
            Assert.Equal(answers[0].Data!.ToJsonString(), answers[1].Data!.ToJsonString());
            Assert.Equal(1, answers.Count(a => IsReplay(a)));
            Assert.Equal(1, await hub.WithDbAsync(db => db.Cases.CountAsync(c => c.Reference == reference)));
            Assert.Equal(before with { Cases = before.Cases + 1, AuditEntries = before.AuditEntries + 1, IdempotencyRecords = before.IdempotencyRecords + 1 }, await _writer.CountsAsync());
        }
    }

    [Fact]
    public async Task Two_identical_acceptances_racing_with_one_key_move_the_referral_once_and_both_answer_the_move()
    {
        var recipient = await _writer.RecipientAsync();
        using var one = hub.CreateClient();
        using var two = hub.CreateClient();
        const string Accept = "mutation Accept($input: AcceptReferralInput!) { acceptReferral(input: $input) { errors { code field } referral { id status version respondedOn } } }";
        for (var round = 0; round < 5; round++)
        {
            var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();
            var variables = new { input = new { id, version = 1 } };
            var before = await _writer.CountsAsync();

            var answers = await Task.WhenAll(
                PostAsync(one, Accept, recipient, variables, $"accept-{id}"),
                PostAsync(two, Accept, recipient, variables, $"accept-{id}"));

            Assert.All(answers, a => Assert.Equal("ACCEPTED", Written(a, "acceptReferral", "referral")["status"]!.GetValue<string>()));
            Assert.Equal(answers[0].Data!.ToJsonString(), answers[1].Data!.ToJsonString());
            Assert.Equal(1, answers.Count(a => IsReplay(a)));
            Assert.Equal(2, await hub.WithDbAsync(db => db.Referrals.Where(r => r.Id == Guid.Parse(id)).Select(r => r.Version).SingleAsync()));
            Assert.Equal(before with { AuditEntries = before.AuditEntries + 1, IdempotencyRecords = before.IdempotencyRecords + 1 }, await _writer.CountsAsync());
        }
    }

    [Fact]
    public async Task A_retry_gets_the_first_answer_marked_as_replayed_and_writes_nothing()
    {
        var token = await _writer.SenderAsync();
        var variables = new { input = new { givenName = "Amina", servicesNeeded = Of("SHELTER") } };
        var first = await PostAsync(_writer.Client, RegisterCase, token, variables, "retry-1");
        var afterFirst = await _writer.CountsAsync();

        var retry = await PostAsync(_writer.Client, RegisterCase, token, variables, "retry-1");
        var again = await PostAsync(_writer.Client, RegisterCase, token, variables, "retry-1");

        Assert.False(IsReplay(first));
        Assert.True(IsReplay(retry));
        Assert.True(IsReplay(again));
        Assert.Equal(first.Data!.ToJsonString(), retry.Data!.ToJsonString());
        Assert.Equal(first.Data!.ToJsonString(), again.Data!.ToJsonString());
        Assert.Equal(afterFirst, await _writer.CountsAsync());
    }

    [Fact]
    public async Task A_refused_write_is_refused_again_on_retry_even_once_it_would_succeed()
    {
        var caseId = await _writer.RegisterCaseAsync();
        var input = new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") };
        var token = await _writer.SenderAsync();
        var first = await PostAsync(_writer.Client, ReferCase, token, new { input }, "refer-before-consent");
        await _writer.GrantConsentToAsync(caseId, Recipient);
        var before = await _writer.CountsAsync();

        var retry = await PostAsync(_writer.Client, ReferCase, token, new { input }, "refer-before-consent");

        Assert.Equal(["NO_CONSENT@toAgencyCode"], UserErrors(first, "referCase"));
        Assert.Equal(["NO_CONSENT@toAgencyCode"], UserErrors(retry, "referCase"));
        Assert.True(IsReplay(retry));
        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Fact]
    public async Task Keys_live_in_the_database_so_a_race_across_two_instances_writes_once_and_a_retry_on_either_is_replayed()
    {
        await using var second = new SecondInstance(hub);
        using var elsewhere = second.CreateClient();
        var token = await _writer.SenderAsync();
        var variables = new { input = new { reference = "TWO-INSTANCES-1", givenName = "Amina" } };
        var before = await _writer.CountsAsync();

        var answers = await Task.WhenAll(
            PostAsync(_writer.Client, RegisterCase, token, variables, "two-instances"),
            PostAsync(elsewhere, RegisterCase, token, variables, "two-instances"));
        var retry = await PostAsync(elsewhere, RegisterCase, token, variables, "two-instances");

        Assert.Equal(answers[0].Data!.ToJsonString(), answers[1].Data!.ToJsonString());
        Assert.Equal(answers[0].Data!.ToJsonString(), retry.Data!.ToJsonString());
        Assert.Equal(1, answers.Count(a => IsReplay(a)));
        Assert.True(IsReplay(retry));
        Assert.Equal(before with { Cases = before.Cases + 1, AuditEntries = before.AuditEntries + 1, IdempotencyRecords = before.IdempotencyRecords + 1 }, await _writer.CountsAsync());
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_IDEMPOTENCY_KEY_REUSED_and_writes_nothing()
    {
        var token = await _writer.SenderAsync();
        await PostAsync(_writer.Client, RegisterCase, token, new { input = new { givenName = "Amina" } }, "reused-1");
        var before = await _writer.CountsAsync();

        var otherVariables = await PostAsync(_writer.Client, RegisterCase, token, new { input = new { givenName = "Grace" } }, "reused-1");
        var otherDocument = await PostAsync(_writer.Client, RegisterCase.Replace("givenName", "givenName familyName", StringComparison.Ordinal), token, new { input = new { givenName = "Amina" } }, "reused-1");

        foreach (var refused in new[] { otherVariables, otherDocument })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
            Assert.Equal(["IDEMPOTENCY_KEY_REUSED"], refused.ErrorCodes);
            Assert.Null(refused.Data);
            Assert.DoesNotContain("Amina", refused.Body, StringComparison.Ordinal);
        }

        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Fact]
    public async Task The_same_key_and_body_from_another_user_of_the_same_agency_is_422()
    {
        var tenant = await hub.TenantOfAsync(Sender);
        var alice = TestTokens.Mint(hub, new TokenSpec { TenantId = tenant, Roles = OwnerRoles, ObjectId = "0f5c1c3e-1a2b-4c3d-8e4f-5a6b7c8d9e01" });
        var bob = TestTokens.Mint(hub, new TokenSpec { TenantId = tenant, Roles = OwnerRoles, ObjectId = "0f5c1c3e-1a2b-4c3d-8e4f-5a6b7c8d9e02" });
        var variables = new { input = new { givenName = "Amina" } };
        var first = await PostAsync(_writer.Client, RegisterCase, alice, variables, "shared-key");
        var before = await _writer.CountsAsync();

        var other = await PostAsync(_writer.Client, RegisterCase, bob, variables, "shared-key");

        Written(first, "registerCase", "case");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Equal(["IDEMPOTENCY_KEY_REUSED"], other.ErrorCodes);
        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Fact]
    public async Task The_same_key_and_body_from_the_same_user_with_other_roles_is_422()
    {
        var variables = new { input = new { givenName = "Amina" } };
        await PostAsync(_writer.Client, RegisterCase, await _writer.SenderAsync(), variables, "roles-key");
        var before = await _writer.CountsAsync();

        var other = await PostAsync(_writer.Client, RegisterCase, await _writer.TokenAsync(Sender, HubRoles.CasesWrite, HubRoles.CasesRead), variables, "roles-key");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Equal(["IDEMPOTENCY_KEY_REUSED"], other.ErrorCodes);
        Assert.Equal(before, await _writer.CountsAsync());
    }

    public static TheoryData<string[]> MalformedKeys() => new()
    {
        Of("   "),
        Of(new string('k', 256)),
        Of("tab\there"),
        Of("\"\""),
        Of("key,with-a-comma"),
        Of(",leading-comma"),
        Of("\"quoted,with-a-comma\""),
        Of("first", "second"),
    };

    [Theory]
    [MemberData(nameof(MalformedKeys))]
    public async Task A_malformed_key_is_400_INVALID_IDEMPOTENCY_KEY_and_writes_nothing(string[] keys)
    {
        var before = await _writer.CountsAsync();

        var response = await PostAsync(_writer.Client, RegisterCase, await _writer.SenderAsync(), new { input = new { givenName = "Amina" } }, keys);

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.Body);
        Assert.Equal(["INVALID_IDEMPOTENCY_KEY"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("clé-1")]
    [InlineData("ключ")]
    public async Task An_empty_key_or_one_that_is_not_ASCII_is_400_INVALID_IDEMPOTENCY_KEY_and_writes_nothing(string key)
    {
        // A client of its own: HttpClient refuses to send a header that is not ASCII unless told how to encode it.
        using var client = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 }) { BaseAddress = hub.BaseAddress };
        var before = await _writer.CountsAsync();

        var response = await PostAsync(client, RegisterCase, await _writer.SenderAsync(), new { input = new { givenName = "Amina" } }, key);

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.Body);
        Assert.Equal(["INVALID_IDEMPOTENCY_KEY"], response.ErrorCodes);
        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Fact]
    public async Task A_key_sent_on_two_header_lines_is_400_INVALID_IDEMPOTENCY_KEY_and_writes_nothing()
    {
        var body = JsonSerializer.Serialize(new { query = RegisterCase, variables = new { input = new { givenName = "Amina" } } });
        var before = await _writer.CountsAsync();

        // HttpClient joins the values of a header into one line; two lines need a request written by hand.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(hub.BaseAddress.Host, hub.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        var head = $"POST /graphql HTTP/1.1\r\nHost: {hub.BaseAddress.Authority}\r\nAuthorization: Bearer {await _writer.SenderAsync()}\r\n" +
            $"Content-Type: application/json\r\nAccept: application/graphql-response+json\r\nIdempotency-Key: first\r\nIdempotency-Key: second\r\n" +
            $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head + body));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400 ", response, StringComparison.Ordinal);
        Assert.Contains("\"INVALID_IDEMPOTENCY_KEY\"", response, StringComparison.Ordinal);
        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Fact]
    public async Task A_key_of_255_printable_characters_is_accepted_and_a_quoted_key_is_the_same_key_unquoted()
    {
        var token = await _writer.SenderAsync();
        var longest = new string('k', 254) + "~";
        var variables = new { input = new { givenName = "Amina" } };

        var first = await PostAsync(_writer.Client, RegisterCase, token, variables, longest);
        var quoted = await PostAsync(_writer.Client, RegisterCase, token, variables, "\"" + longest + "\"");

        Written(first, "registerCase", "case");
        Assert.True(IsReplay(quoted));
        Assert.Equal(first.Data!.ToJsonString(), quoted.Data!.ToJsonString());
    }

    [Fact]
    public async Task Keys_are_per_agency_so_another_agency_may_use_the_same_key()
    {
        var variables = new { input = new { reference = "PER-AGENCY-1", givenName = "Amina" } };
        var ours = await PostAsync(_writer.Client, RegisterCase, await _writer.SenderAsync(), variables, "per-agency");
        var before = await _writer.CountsAsync();

        var theirs = await PostAsync(_writer.Client, RegisterCase, await _writer.TokenAsync(Stranger, OwnerRoles), variables, "per-agency");

        Assert.False(IsReplay(theirs));
        Assert.NotEqual(Written(ours, "registerCase", "case")["id"]!.GetValue<string>(), Written(theirs, "registerCase", "case")["id"]!.GetValue<string>());
        Assert.Equal(before with { Cases = before.Cases + 1, AuditEntries = before.AuditEntries + 1, IdempotencyRecords = before.IdempotencyRecords + 1 }, await _writer.CountsAsync());
    }

    [Fact]
    public async Task An_expired_key_is_forgotten_and_the_request_writes_again()
    {
        var token = await _writer.SenderAsync();
        var variables = new { input = new { givenName = "Amina" } };
        var first = await PostAsync(_writer.Client, RegisterCase, token, variables, "expiring");
        await hub.WithDbAsync(db => db.IdempotencyRecords.Where(r => r.Key == "expiring").ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiresAt, hub.Now.AddSeconds(-1))));
        var before = await _writer.CountsAsync();

        var second = await PostAsync(_writer.Client, RegisterCase, token, variables, "expiring");
        var third = await PostAsync(_writer.Client, RegisterCase, token, variables, "expiring");

        Assert.False(IsReplay(second));
        Assert.True(IsReplay(third));
        Assert.NotEqual(Written(first, "registerCase", "case")["id"]!.GetValue<string>(), Written(second, "registerCase", "case")["id"]!.GetValue<string>());
        Assert.Equal(second.Data!.ToJsonString(), third.Data!.ToJsonString());
        Assert.Equal(before with { Cases = before.Cases + 1, AuditEntries = before.AuditEntries + 1 }, await _writer.CountsAsync());
    }

    [Fact]
    public async Task An_expired_key_sent_with_another_body_is_a_new_request_not_a_reused_key()
    {
        var token = await _writer.SenderAsync();
        await PostAsync(_writer.Client, RegisterCase, token, new { input = new { givenName = "Amina" } }, "expired-other");
        await hub.WithDbAsync(db => db.IdempotencyRecords.Where(r => r.Key == "expired-other").ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiresAt, hub.Now)));

        var other = await PostAsync(_writer.Client, RegisterCase, token, new { input = new { givenName = "Grace" } }, "expired-other");

        Assert.Equal("Grace", Written(other, "registerCase", "case")["givenName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_replay_reads_afresh_so_after_the_consent_was_revoked_the_recipient_no_longer_sees_the_case()
    {
        var caseId = await _writer.RegisterCaseAsync(givenName: "Zainab");
        var consent = await _writer.GrantConsentToAsync(caseId, Recipient);
        var referral = (await _writer.ReferAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER") })).Data!["referCase"]!["referral"]!["id"]!.GetValue<string>();
        const string Accept = "mutation Accept($input: AcceptReferralInput!) { acceptReferral(input: $input) { errors { code } referral { id status version case { id givenName } } } }";
        var recipient = await _writer.RecipientAsync();
        var variables = new { input = new { id = referral, version = 1 } };
        var first = await PostAsync(_writer.Client, Accept, recipient, variables, "accept-once");
        await _writer.RevokeConsentAsync(consent);
        var before = await _writer.CountsAsync();

        var replay = await PostAsync(_writer.Client, Accept, recipient, variables, "accept-once");

        Assert.Equal("Zainab", first.Data!["acceptReferral"]!["referral"]!["case"]!["givenName"]!.GetValue<string>());
        Assert.True(IsReplay(replay));
        var replayed = replay.Data!["acceptReferral"]!["referral"]!;
        Assert.Equal("ACCEPTED", replayed["status"]!.GetValue<string>());
        Assert.Equal(2, replayed["version"]!.GetValue<int>());
        Assert.Null(replayed["case"]);
        Assert.DoesNotContain("Zainab", replay.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(caseId, replay.Body, StringComparison.Ordinal);
        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Fact]
    public async Task A_query_sent_with_a_key_is_answered_and_claims_nothing()
    {
        var before = await _writer.CountsAsync();

        var response = await PostAsync(_writer.Client, "{ me { status } }", await _writer.SenderAsync(), null, "query-key");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(IsReplay(response));
        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Fact]
    public async Task A_browser_page_on_an_allowed_origin_may_send_a_key_and_read_whether_the_answer_was_replayed()
    {
        const string Dashboard = "https://dashboard.example.org";
        await using var browserHub = new ConfiguredHub(("Hub:DemoCaseCount", "0"), ("Hub:Limits:AllowedOrigins:0", Dashboard));
        using var client = browserHub.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", Dashboard);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
        var token = await client.DevTokenAsync(Sender, OwnerRoles);

        var allowed = await client.SendAsync(preflight);
        var answers = new List<GraphQLResponse>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query = RegisterCase, variables = new { input = new { givenName = "Amina" } } }), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Origin", Dashboard);
            request.Headers.Add("Idempotency-Key", "from-a-browser");
            answers.Add(await HubClient.SendAsync(client, request, token));
        }

        Assert.Contains("idempotency-key", HeaderList(allowed, "Access-Control-Allow-Headers"));
        Assert.True(IsReplay(answers[1]));
        Assert.Contains("idempotent-replayed", HeaderList(answers[1].Message, "Access-Control-Expose-Headers"));
    }

    private static List<string> HeaderList(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
            ? [.. values.SelectMany(v => v.Split(',')).Select(v => v.Trim().ToLowerInvariant())]
            : [];

    // The trusted-document mutations write outside WriteSession.RunAsync, so a replay runs them again.
    [Fact]
    public async Task A_retried_trusted_document_registration_writes_nothing()
    {
        var admin = await _writer.TokenAsync(Sender, HubRoles.HubAdmin);
        const string Register = "mutation R($input: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $input) { errors { code } trustedDocument { documentId } } }";
        var variables = new { input = new { document = "query Mine { me { status } }", name = "mine" } };
        var first = await PostAsync(_writer.Client, Register, admin, variables, "trusted-once");
        var before = await _writer.CountsAsync();

        var retry = await PostAsync(_writer.Client, Register, admin, variables, "trusted-once");

        Assert.True(first.Status == HttpStatusCode.OK, first.Body);
        Assert.True(IsReplay(retry), retry.Body);
        Assert.Equal(first.Data!.ToJsonString(), retry.Data!.ToJsonString());
        Assert.Equal(before, await _writer.CountsAsync());
    }
}
