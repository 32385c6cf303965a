using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Identity;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using static Hub.Api.Tests.Writes.WriteCalls;

namespace Hub.Api.Tests.Writes;

/// <summary><c>auditLog</c>: every write appends one entry in its own transaction, naming who wrote
/// what and which fields it set, never a value; an agency reads its own entries only, filtered and
/// paged, with <c>Audit.Read</c>.</summary>
public sealed class AuditLogTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private const string AuditLog = """
        query Audit($operation: String, $entityType: String, $entityId: String, $since: DateTime, $until: DateTime, $first: Int, $after: String) {
          auditLog(operation: $operation, entityType: $entityType, entityId: $entityId, since: $since, until: $until, first: $first, after: $after) {
            nodes { id occurredAt operation entityType entityId changedFields tenantId actorId actorIsApp requestId }
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

    private static List<long> Ids(IEnumerable<JsonNode> entries) => [.. entries.Select(e => long.Parse(e["id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture))];

    private Task<int> AuditCountAsync() => hub.WithDbAsync(db => db.AuditEntries.CountAsync());

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

        var ofCase = await EntriesAsync(new { entityId = caseId });
        var ofConsent = await EntriesAsync(new { entityId = consentId });

        // Latest first: at one instant, the later entry has the larger id.
        Assert.Equal(["updateCase", "registerCase"], ofCase.Select(e => e["operation"]!.GetValue<string>()));
        Assert.Equal(["reference", "givenName", "sex", "exploitationTypes"], ofCase[1]["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(["givenName", "status"], ofCase[0]["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(["revokeConsent", "grantConsent"], ofConsent.Select(e => e["operation"]!.GetValue<string>()));
        Assert.Equal(["caseId", "categories", "evidence", "expiresOn", "grantedOn", "purpose", "recipient"], ofConsent[1]["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(["revokedOn"], ofConsent[0]["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        foreach (var (entry, type, id) in ofCase.Select(e => (e, "Case", caseId)).Concat(ofConsent.Select(e => (e, "Consent", consentId))))
        {
            Assert.Equal(type, entry["entityType"]!.GetValue<string>());
            Assert.Equal(id, entry["entityId"]!.GetValue<string>());
            Assert.Equal(hub.Now, ParseInstant(entry["occurredAt"]));
            Assert.Equal(token.GetClaim("tid").Value, entry["tenantId"]!.GetValue<string>());
            Assert.Equal(token.GetClaim("oid").Value, entry["actorId"]!.GetValue<string>());
            Assert.False(entry["actorIsApp"]!.GetValue<bool>());
            Assert.False(string.IsNullOrEmpty(entry["requestId"]!.GetValue<string>()));
        }

        Assert.Equal(4, ofCase.Concat(ofConsent).Select(e => e["requestId"]!.GetValue<string>()).Distinct().Count());
        var stored = await hub.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == caseId).ToListAsync());
        Assert.All(stored, a => Assert.Equal(_shelterId, a.AgencyId));
    }

    [Fact]
    public async Task AnAppsWrite_IsAuditedAsTheApps()
    {
        var app = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.AuditRead], app: true);

        var caseId = await _client.RegisterAsync(app, new() { ["sex"] = "MALE" });

        var entry = Assert.Single(await EntriesAsync(new { entityId = caseId }, app));
        Assert.True(entry["actorIsApp"]!.GetValue<bool>());
        Assert.Equal(new JsonWebToken(app).GetClaim("oid").Value, entry["actorId"]!.GetValue<string>());
    }

    [Fact]
    public async Task NoIdentityValue_EverReachesTheAuditTable()
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
        var other = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.AuditRead]);
        var ownCase = await _client.RegisterAsync(other, new() { ["sex"] = "MALE" });

        Assert.Empty(await EntriesAsync(new { entityId = caseId }, other));
        var seen = await EntriesAsync(new { first = 100 }, other);
        Assert.Equal([ownCase], seen.Select(e => e["entityId"]!.GetValue<string>()));
        Assert.Empty(await EntriesAsync(new { entityId = ownCase }));
    }

    [Fact]
    public async Task TheFilters_ChooseByOperationEntityAndTime()
    {
        var caseId = await _client.RegisterAsync(_auditor, new() { ["sex"] = "FEMALE" });
        Assert.Empty((await _client.SendAsync(UpdateCase, _auditor, new() { ["id"] = caseId, ["version"] = 1, ["sex"] = "MALE" })).Payload("updateCase").UserErrors());
        await _client.GrantAsync(_auditor, Consent(caseId, new { agencyCode = WellKnownAgencies.NigeriaMinistry }, hub.Now));

        async Task<List<long>> ExpectedAsync(Func<Hub.Data.Entities.AuditEntry, bool> filter) =>
            [.. (await hub.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.AgencyId == _shelterId).ToListAsync())).Where(filter).Select(a => a.Id).OrderDescending()];

        var updates = await EntriesAsync(new { operation = "updateCase", first = 100 });
        Assert.NotEmpty(updates);
        Assert.Equal(await ExpectedAsync(a => a.Action == "updateCase"), Ids(updates));

        var consents = await EntriesAsync(new { entityType = "Consent", first = 100 });
        Assert.NotEmpty(consents);
        Assert.Equal(await ExpectedAsync(a => a.EntityType == "Consent"), Ids(consents));

        Assert.Equal(await ExpectedAsync(a => a.EntityId == caseId), Ids(await EntriesAsync(new { entityId = caseId })));
        Assert.Equal(2, (await EntriesAsync(new { entityId = caseId })).Count);
        Assert.Equal(["updateCase"], (await EntriesAsync(new { entityId = caseId, operation = "updateCase" })).Select(e => e["operation"]!.GetValue<string>()));
        Assert.Empty(await EntriesAsync(new { entityId = caseId, entityType = "Consent" }));

        // since is inclusive, until exclusive: every write of this class was made at the Hub's now.
        Assert.Equal(2, (await EntriesAsync(new { entityId = caseId, since = Instant(hub.Now) })).Count);
        Assert.Empty(await EntriesAsync(new { entityId = caseId, since = Instant(hub.Now.AddSeconds(1)) }));
        Assert.Empty(await EntriesAsync(new { entityId = caseId, until = Instant(hub.Now) }));
        Assert.Equal(2, (await EntriesAsync(new { entityId = caseId, since = Instant(hub.Now.AddDays(-1)), until = Instant(hub.Now.AddSeconds(1)) })).Count);
    }

    [Fact]
    public async Task ThePages_FollowEachOther_LatestFirst_WithoutGapsOrRepeats()
    {
        for (var i = 0; i < 5; i++)
        {
            await _client.RegisterAsync(_auditor, new() { ["sex"] = "FEMALE" });
        }

        var all = Ids(await EntriesAsync(new { first = 100 }));
        Assert.True(all.Count >= 5);
        Assert.Equal(all.OrderDescending(), all);

        var paged = new List<long>();
        string? after = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await AuditAsync(_auditor, new { first = 2, after });
            var nodes = Ids(page["nodes"]!.AsArray().Select(n => n!));
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
