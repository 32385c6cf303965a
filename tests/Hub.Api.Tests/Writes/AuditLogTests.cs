using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using static Hub.Api.Tests.Writes.WriteCalls;

namespace Hub.Api.Tests.Writes;

/// <summary><c>auditLog</c>: every write appends one entry in its own transaction, naming who wrote
/// what and which fields it set, never a value; an agency reads its own entries only, filtered and
/// paged, with <c>Audit.Read</c>. An entry has no number of its own (one would count other
/// agencies' writes), and a case's id is never shown there: it leaves the Hub only as a recorded
/// disclosure.</summary>
public sealed class AuditLogTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private const string AuditLog = """
        query Audit($operation: String, $entityType: String, $entityId: String, $since: DateTime, $until: DateTime, $first: Int, $after: String) {
          auditLog(operation: $operation, entityType: $entityType, entityId: $entityId, since: $since, until: $until, first: $first, after: $after) {
            nodes { occurredAt operation entityType entityId changedFields tenantId actorId actorIsApp requestId }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private readonly HttpClient _client = hub.CreateClient();
    private string _auditor = "";
    private Guid _shelterId;

    public async Task InitializeAsync()
    {
        _auditor = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter,
            [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.CasesReadIdentity, HubRoles.ConsentManage, HubRoles.AuditRead]);
        _shelterId = await hub.AgencyIdAsync(WellKnownAgencies.NigeriaShelter);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonNode> AuditAsync(string token, object filter) =>
        (await _client.PostAsync(AuditLog, token, filter)).Payload("auditLog");

    private async Task<List<JsonNode>> EntriesAsync(object filter, string? token = null) =>
        [.. (await AuditAsync(token ?? _auditor, filter))["nodes"]!.AsArray().Select(n => n!)];

    // What tells entries apart without a number: each write of this class is a request of its own.
    private static List<string> Keys(IEnumerable<JsonNode> entries) =>
        [.. entries.Select(e => Key(e["requestId"]!.GetValue<string>(), e["operation"]!.GetValue<string>(), e["entityType"]!.GetValue<string>(), e["entityId"]?.GetValue<string>()))];

    private static string Key(string requestId, string operation, string entityType, string? entityId) => $"{requestId}|{operation}|{entityType}|{entityId}";

    // The stored entries of an agency that pass a filter, as the log shows them: latest first, a case's id left out.
    private async Task<List<string>> ExpectedAsync(Guid agencyId, Func<AuditEntry, bool> filter) =>
        [.. (await hub.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.AgencyId == agencyId).ToListAsync()))
            .Where(filter).OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Select(a => Key(a.RequestId, a.Action, a.EntityType, a.EntityType == "Case" ? null : a.EntityId))];

    private Task<int> AuditCountAsync() => hub.WithDbAsync(db => db.AuditEntries.CountAsync());

    private static List<string> Fields(JsonNode entry) => [.. entry["changedFields"]!.AsArray().Select(f => f!.GetValue<string>())];

    [Fact]
    public async Task EachWrite_AppendsOneEntry_SayingWhoWroteWhat_AndWhichFieldsItSet()
    {
        var token = new JsonWebToken(_auditor);
        var count = await AuditCountAsync();

        var caseId = await _client.RegisterAsync(_auditor, new() { ["givenName"] = "Amina", ["sex"] = "FEMALE", ["exploitationTypes"] = Set("BEGGING") });
        Assert.Equal(count + 1, await AuditCountAsync());
        Assert.Empty((await _client.SendAsync(UpdateCase, _auditor, new() { ["id"] = caseId, ["version"] = 1, ["status"] = "CLOSED", ["givenName"] = null })).Payload("updateCase").UserErrors());
        Assert.Equal(count + 2, await AuditCountAsync());
        var consentId = await _client.GrantAsync(_auditor, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now));
        Assert.Equal(count + 3, await AuditCountAsync());
        Assert.Empty((await _client.SendAsync(RevokeConsent, _auditor, new() { ["id"] = consentId, ["version"] = 1 })).Payload("revokeConsent").UserErrors());
        Assert.Equal(count + 4, await AuditCountAsync());

        // Latest first: at one instant, the entry appended later comes first.
        var latest = await EntriesAsync(new { first = 4 });
        var ofConsent = await EntriesAsync(new { entityId = consentId });

        Assert.Equal(["revokeConsent", "grantConsent", "updateCase", "registerCase"], latest.Select(e => e["operation"]!.GetValue<string>()));
        Assert.Equal(["Consent", "Consent", "Case", "Case"], latest.Select(e => e["entityType"]!.GetValue<string>()));
        Assert.Equal(new string?[] { consentId, consentId, null, null }, latest.Select(e => e["entityId"]?.GetValue<string>()));
        Assert.Equal(["revokedOn"], Fields(latest[0]));
        Assert.Equal(["caseId", "categories", "evidence", "expiresOn", "grantedOn", "purpose", "recipient"], Fields(latest[1]));
        Assert.Equal(["givenName", "status"], Fields(latest[2]));
        Assert.Equal(["reference", "givenName", "sex", "exploitationTypes"], Fields(latest[3]));
        Assert.Equal(Keys(latest.Take(2)), Keys(ofConsent));
        foreach (var entry in latest)
        {
            Assert.Equal(hub.Now, ParseInstant(entry["occurredAt"]));
            Assert.Equal(token.GetClaim("tid").Value, entry["tenantId"]!.GetValue<string>());
            Assert.Equal(token.GetClaim("oid").Value, entry["actorId"]!.GetValue<string>());
            Assert.False(entry["actorIsApp"]!.GetValue<bool>());
            Assert.False(string.IsNullOrEmpty(entry["requestId"]!.GetValue<string>()));
        }

        Assert.Equal(4, latest.Select(e => e["requestId"]!.GetValue<string>()).Distinct().Count());

        // The table keeps the case's id, for the Hub's operators; the log never shows it, nor finds entries by it.
        var stored = await hub.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == caseId).ToListAsync());
        Assert.Equal(["registerCase", "updateCase"], stored.Select(a => a.Action).Order(StringComparer.Ordinal));
        Assert.All(stored, a => Assert.Equal(_shelterId, a.AgencyId));
        Assert.Empty(await EntriesAsync(new { entityId = caseId }));
        Assert.Empty(await EntriesAsync(new { entityId = caseId, entityType = "Case" }));
    }

    [Fact]
    public async Task AnEntry_HasNoNumberOfItsOwn()
    {
        var response = await _client.PostAsync("{ auditLog(first: 1) { nodes { id } } }", _auditor);

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.Body);
        Assert.NotEmpty(response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task AnAppsWrite_IsAuditedAsTheApps()
    {
        var app = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.AuditRead], app: true);

        await _client.RegisterAsync(app, new() { ["sex"] = "MALE" });

        var entry = Assert.Single(await EntriesAsync(new { first = 1 }, app));
        Assert.Equal("registerCase", entry["operation"]!.GetValue<string>());
        Assert.Equal("Case", entry["entityType"]!.GetValue<string>());
        Assert.Null(entry["entityId"]);
        Assert.True(entry["actorIsApp"]!.GetValue<bool>());
        Assert.Equal(new JsonWebToken(app).GetClaim("oid").Value, entry["actorId"]!.GetValue<string>());
    }

    [Fact]
    public async Task NoIdentityValue_EverReachesTheAuditTable_NorACaseIdTheLog()
    {
        var secrets = new[] { "Givenname" + Guid.NewGuid().ToString("N"), "Familyname" + Guid.NewGuid().ToString("N"), "Doc" + Guid.NewGuid().ToString("N")[..20], "Renamed" + Guid.NewGuid().ToString("N") };
        var input = FullCase(hub.Now, givenName: secrets[0]);
        input["familyName"] = secrets[1];
        input["documentNumber"] = secrets[2];
        input["phone"] = "+234 555 010 9999";
        input["currentLocation"] = "Room 7, Kano safe house";
        var caseId = await _client.RegisterAsync(_auditor, input);
        Assert.Empty((await _client.SendAsync(UpdateCase, _auditor, new() { ["id"] = caseId, ["version"] = 1, ["givenName"] = secrets[3] })).Payload("updateCase").UserErrors());

        var rows = await hub.WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
        var table = string.Join('\n', rows.Select(r => JsonSerializer.Serialize(r)));
        var log = (await _client.PostAsync(AuditLog, _auditor, new { first = 100 })).Body;

        Assert.Contains(caseId, table, StringComparison.Ordinal);
        Assert.Contains("updateCase", log, StringComparison.Ordinal);
        Assert.DoesNotContain(caseId, log, StringComparison.OrdinalIgnoreCase);
        foreach (var value in secrets.Append("+234 555 010 9999").Append("Kano safe house").Append(input["dateOfBirth"]!.ToString()!))
        {
            Assert.DoesNotContain(value, table, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(value, log, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task AnAgency_SeesOnlyItsOwnEntries()
    {
        var caseId = await _client.RegisterAsync(_auditor, new() { ["sex"] = "FEMALE" });
        var consentId = await _client.GrantAsync(_auditor, Consent(caseId, new { agencyCode = WellKnownAgencies.ThailandLegalAid }, hub.Now));
        var other = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.AuditRead]);
        var otherId = await hub.AgencyIdAsync(WellKnownAgencies.ThailandLegalAid);
        await _client.RegisterAsync(other, new() { ["sex"] = "MALE" });

        // The consent names the other agency, yet its recording is the shelter's write.
        Assert.Empty(await EntriesAsync(new { entityId = consentId }, other));
        Assert.Single(await EntriesAsync(new { entityId = consentId }));
        var seen = await EntriesAsync(new { first = 100 }, other);
        var expected = await ExpectedAsync(otherId, _ => true);
        Assert.Equal(["registerCase"], seen.Select(e => e["operation"]!.GetValue<string>()));
        Assert.Equal(expected, Keys(seen));
        var shelters = await ExpectedAsync(_shelterId, _ => true);
        Assert.Empty(Keys(seen).Intersect(shelters));
        Assert.Empty(Keys(await EntriesAsync(new { first = 100 })).Intersect(expected));
    }

    [Fact]
    public async Task TheFilters_ChooseByOperationEntityAndTime()
    {
        var caseId = await _client.RegisterAsync(_auditor, new() { ["sex"] = "FEMALE" });
        Assert.Empty((await _client.SendAsync(UpdateCase, _auditor, new() { ["id"] = caseId, ["version"] = 1, ["sex"] = "MALE" })).Payload("updateCase").UserErrors());
        var consentId = await _client.GrantAsync(_auditor, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now));
        Assert.Empty((await _client.SendAsync(RevokeConsent, _auditor, new() { ["id"] = consentId, ["version"] = 1 })).Payload("revokeConsent").UserErrors());

        var updates = await EntriesAsync(new { operation = "updateCase", first = 100 });
        Assert.NotEmpty(updates);
        Assert.Equal(await ExpectedAsync(_shelterId, a => a.Action == "updateCase"), Keys(updates));

        var consents = await EntriesAsync(new { entityType = "Consent", first = 100 });
        Assert.NotEmpty(consents);
        Assert.Equal(await ExpectedAsync(_shelterId, a => a.EntityType == "Consent"), Keys(consents));

        var cases = await EntriesAsync(new { entityType = "Case", first = 100 });
        Assert.NotEmpty(cases);
        Assert.Equal(await ExpectedAsync(_shelterId, a => a.EntityType == "Case"), Keys(cases));
        Assert.All(cases, e => Assert.Null(e["entityId"]));

        Assert.Equal(await ExpectedAsync(_shelterId, a => a.EntityId == consentId), Keys(await EntriesAsync(new { entityId = consentId })));
        Assert.Equal(2, (await EntriesAsync(new { entityId = consentId })).Count);
        Assert.Equal(["revokeConsent"], (await EntriesAsync(new { entityId = consentId, operation = "revokeConsent" })).Select(e => e["operation"]!.GetValue<string>()));
        Assert.Empty(await EntriesAsync(new { entityId = consentId, entityType = "Case" }));

        // A case's id finds nothing, whatever else is asked.
        Assert.Empty(await EntriesAsync(new { entityId = caseId }));
        Assert.Empty(await EntriesAsync(new { entityId = caseId, operation = "updateCase" }));

        // since is inclusive, until exclusive: every write of this class was made at the Hub's now.
        Assert.Equal(2, (await EntriesAsync(new { entityId = consentId, since = Instant(hub.Now) })).Count);
        Assert.Empty(await EntriesAsync(new { entityId = consentId, since = Instant(hub.Now.AddSeconds(1)) }));
        Assert.Empty(await EntriesAsync(new { entityId = consentId, until = Instant(hub.Now) }));
        Assert.Equal(2, (await EntriesAsync(new { entityId = consentId, since = Instant(hub.Now.AddDays(-1)), until = Instant(hub.Now.AddSeconds(1)) })).Count);
        Assert.Equal(await ExpectedAsync(_shelterId, a => a.Action == "updateCase"), Keys(await EntriesAsync(new { operation = "updateCase", since = Instant(hub.Now), first = 100 })));
    }

    [Fact]
    public async Task ThePages_FollowEachOther_LatestFirst_WithoutGapsOrRepeats()
    {
        for (var i = 0; i < 5; i++)
        {
            await _client.RegisterAsync(_auditor, new() { ["sex"] = "FEMALE" });
        }

        var all = Keys(await EntriesAsync(new { first = 100 }));
        Assert.True(all.Count >= 5);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(await ExpectedAsync(_shelterId, _ => true), all);

        var paged = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await AuditAsync(_auditor, new { first = 2, after });
            var nodes = Keys(page["nodes"]!.AsArray().Select(n => n!));
            Assert.InRange(nodes.Count, 1, 2);
            paged.AddRange(nodes);
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task WithoutAuditRead_TheLogIsMissingRole()
    {
        var writer = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.ConsentManage, HubRoles.HubAdmin]);

        var response = await _client.PostAsync(AuditLog, writer, new { first = 5 });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task ARefusedWrite_IsNotAudited()
    {
        var count = await AuditCountAsync();

        var payload = (await _client.SendAsync(RegisterCase, _auditor, new() { ["citizenship"] = "XXX" })).Payload("registerCase");

        Assert.Equal([("UNKNOWN_COUNTRY", "citizenship")], payload.UserErrors());
        Assert.Equal(count, await AuditCountAsync());
    }
}
