using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using static Hub.Api.Tests.Registry.Operator;
using static Hub.Api.Tests.Writes.IdempotentRequests;

namespace Hub.Api.Tests.Registry;

/// <summary>Every registry write appends its audit row in its own transaction, as the operator's:
/// its tenant, user or app, no agency, and the names of the fields it changed. The operator's
/// <c>auditLog</c> shows them and every agency's writes; no agency's log shows them. An operator's
/// <c>Idempotency-Key</c> is the operator's own, apart from every agency's.</summary>
public sealed class RegistryAuditTests(ListeningWriteHub hub) : IClassFixture<ListeningWriteHub>
{
    private const string AuditLog = """
        query Audit($entityId: String, $operation: String, $first: Int) {
          auditLog(entityId: $entityId, operation: $operation, first: $first) {
            nodes { occurredAt operation entityType entityId changedFields tenantId actorId actorIsApp requestId agency { code } }
          }
        }
        """;

    private readonly Operator _operator = new(hub, hub.CreateClient());

    private HttpClient Client => _operator.Client;

    private static string NewCode() => "A-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private async Task<List<JsonNode>> LogAsync(string token, object filter)
    {
        var response = await Client.PostAsync(AuditLog, token, filter);
        Assert.True(response.Status == HttpStatusCode.OK && response.ErrorCodes.Count == 0, response.Body);
        return [.. response.Data!["auditLog"]!["nodes"]!.AsArray().Select(n => n!)];
    }

    private static List<string> Fields(JsonNode entry) => [.. entry["changedFields"]!.AsArray().Select(f => f!.GetValue<string>())];

    [Fact]
    public async Task EveryRegistryWrite_IsAudited_AsTheOperators_WithTheFieldsItChanged()
    {
        var token = await _operator.TokenAsync();
        var code = NewCode();
        var id = Id(await _operator.RegisterAsync(code));
        await _operator.UpdateAsync(code, e => new { id = Id(e), version = Version(e), name = "Renamed", country = "NGA", roleCeiling = new[] { HubRoles.CasesRead }, addTenantIds = new[] { Guid.NewGuid().ToString() } });
        await _operator.UpdateAsync(code, e => new { id = Id(e), version = Version(e), name = "Renamed" });
        await _operator.SuspendAsync(code);
        await _operator.ReactivateAsync(code);

        var entries = await LogAsync(token, new { entityId = id, first = 10 });
        var stored = await hub.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id).OrderBy(a => a.Id).ToListAsync());

        Assert.Equal(["reactivateAgency", "suspendAgency", "updateAgency", "registerAgency"], entries.Select(e => e["operation"]!.GetValue<string>()));
        Assert.Equal(["status", "statusReason"], Fields(entries[0]));
        Assert.Equal(["status", "statusReason"], Fields(entries[1]));
        Assert.Equal(["name", "roleCeiling", "addTenantIds"], Fields(entries[2]));
        Assert.Equal(["name", "code", "kind", "country", "tenantIds", "roleCeiling"], Fields(entries[3]));
        var jwt = new JsonWebToken(token);
        foreach (var entry in entries)
        {
            Assert.Equal("Agency", entry["entityType"]!.GetValue<string>());
            Assert.Equal(_operator.TenantId.ToString(), entry["tenantId"]!.GetValue<string>());
            Assert.Equal(jwt.GetClaim("oid").Value, entry["actorId"]!.GetValue<string>());
            Assert.False(entry["actorIsApp"]!.GetValue<bool>());
            Assert.Null(entry["agency"]);
            Assert.Equal(hub.Now, Writer.Date(entry["occurredAt"]));
        }

        Assert.Equal(4, stored.Count);
        Assert.All(stored, a => Assert.Null(a.AgencyId));
        Assert.Equal(4, stored.Select(a => a.RequestId).Distinct().Count());
    }

    [Fact]
    public async Task AnAppOfTheOperator_IsAuditedAsAnApp()
    {
        var app = await TenantTokenAsync(Client, _operator.TenantId, [HubRoles.HubAdmin], app: true);
        var code = NewCode();

        var id = Id(Written(await _operator.SendAsync(Register, new { name = "By an app", code, kind = "GOVERNMENT", country = "THA", tenantIds = new[] { Guid.NewGuid().ToString() }, roleCeiling = Array.Empty<string>() }, app), "registerAgency"));

        var entry = Assert.Single(await LogAsync(app, new { entityId = id }));
        Assert.True(entry["actorIsApp"]!.GetValue<bool>());
        Assert.Equal(new JsonWebToken(app).GetClaim("oid").Value, entry["actorId"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheOperatorsWrites_AreInNoAgencysLog_AndTheOperatorSeesEveryAgencysWrites()
    {
        var code = NewCode();
        var tenant = Guid.NewGuid();
        var id = Id(await _operator.RegisterAsync(code, tenant));
        await _operator.SuspendAsync(code);
        await _operator.ReactivateAsync(code);
        var auditor = await TenantTokenAsync(Client, tenant, [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.AuditRead]);
        await Client.RegisterAsync(auditor, new() { ["sex"] = "FEMALE" });
        var shelter = await Client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.AuditRead]);
        await Client.RegisterAsync(shelter, new() { ["sex"] = "MALE" });

        var own = await LogAsync(auditor, new { first = 100 });
        var shelters = await LogAsync(shelter, new { first = 100 });
        var operators = await LogAsync(await _operator.TokenAsync(), new { first = 100 });

        Assert.Equal(["registerCase"], own.Select(e => e["operation"]!.GetValue<string>()));
        Assert.Equal(code, own[0]["agency"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain(shelters, e => e["entityType"]!.GetValue<string>() == "Agency");
        Assert.All(shelters, e => Assert.Equal(WellKnownAgencies.NigeriaShelter, e["agency"]!["code"]!.GetValue<string>()));
        Assert.Contains(operators, e => e["operation"]!.GetValue<string>() == "suspendAgency" && e["entityId"]!.GetValue<string>() == id && e["agency"] is null);
        var ownCase = Assert.Single(operators, e => e["operation"]!.GetValue<string>() == "registerCase" && e["agency"]?["code"]?.GetValue<string>() == code);
        Assert.Null(ownCase["entityId"]);
        Assert.Contains(operators, e => e["operation"]!.GetValue<string>() == "registerCase" && e["agency"]?["code"]?.GetValue<string>() == WellKnownAgencies.NigeriaShelter);
        var all = await hub.WithDbAsync(db => db.AuditEntries.CountAsync());
        Assert.Equal(Math.Min(all, 100), operators.Count);
    }

    [Fact]
    public async Task TrustedDocumentWrites_AreAuditedAsEveryWriteIs()
    {
        var admin = await Client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.HubAdmin], app: true);
        var document = "query Audited { me { status } } # " + Guid.NewGuid();

        var response = await Client.PostAsync(
            "mutation R($input: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $input) { trustedDocument { documentId } errors { code } } }",
            admin, new { input = new { document, name = "Audited" } });
        var documentId = response.Data!["registerTrustedDocument"]!["trustedDocument"]!["documentId"]!.GetValue<string>();

        var row = await hub.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == documentId));
        Assert.Equal("TrustedDocument.Registered", row.Action);
        Assert.Equal((await hub.TenantOfAsync(WellKnownAgencies.ThailandLegalAid)).ToString(), row.TenantId);
        Assert.Equal(await hub.AgencyIdAsync(WellKnownAgencies.ThailandLegalAid), row.AgencyId);
        Assert.True(row.ActorIsApp);
        Assert.Equal(new JsonWebToken(admin).GetClaim("oid").Value, row.ActorId);
        Assert.Equal("document,name", row.ChangedFields);
        Assert.Contains("Audited", row.AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOperatorsRetry_WithItsKey_GetsTheFirstAnswer_AndWritesNothing()
    {
        var token = await _operator.TokenAsync();
        var code = NewCode();
        var key = "registry-" + Guid.NewGuid();
        var input = new { name = "Retried", code, kind = "NGO", country = "NGA", tenantIds = new[] { Guid.NewGuid().ToString() }, roleCeiling = new[] { HubRoles.ProjectsRead } };

        var first = await PostAsync(Client, Register, token, new { input }, key);
        var state = await _operator.StateAsync();
        var retry = await PostAsync(Client, Register, token, new { input }, key);
        var other = await PostAsync(Client, Register, token, new { input = input with { name = "Another" } }, key);

        Assert.False(IsReplay(first));
        Assert.True(IsReplay(retry));
        Assert.Equal(first.Data!.ToJsonString(), retry.Data!.ToJsonString());
        Assert.Equal(state, await _operator.StateAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Equal(["IDEMPOTENCY_KEY_REUSED"], other.ErrorCodes);
        Assert.Equal(_operator.TenantId, await hub.WithDbAsync(db => db.IdempotencyRecords.Where(r => r.Key == key).Select(r => r.OwnerId).SingleAsync()));
    }

    [Fact]
    public async Task TheOperatorsKeys_AreApartFromEveryAgencys()
    {
        var key = "shared-" + Guid.NewGuid();
        var shelter = await Client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, Writer.OwnerRoles);

        var registered = await PostAsync(Client, Register, await _operator.TokenAsync(), new { input = new { name = "Keyed", code = NewCode(), kind = "NGO", country = "NGA", tenantIds = new[] { Guid.NewGuid().ToString() }, roleCeiling = Array.Empty<string>() } }, key);
        var written = await PostAsync(Client, Writer.RegisterCase, shelter, new { input = new { givenName = "Amina" } }, key);

        Written(registered, "registerAgency");
        Assert.False(IsReplay(written));
        Writer.Written(written, "registerCase", "case");
        var owners = await hub.WithDbAsync(db => db.IdempotencyRecords.Where(r => r.Key == key).Select(r => r.OwnerId).ToListAsync());
        Assert.Equal(new[] { _operator.TenantId, await hub.AgencyIdAsync(WellKnownAgencies.NigeriaShelter) }.Order(), owners.Order());
    }

    [Fact]
    public async Task TwoIdenticalRegistrations_RacingWithOneKey_WriteOneAgency_AndBothAnswerIt()
    {
        var token = await _operator.TokenAsync();
        using var one = hub.CreateClient();
        using var two = hub.CreateClient();
        for (var round = 0; round < 5; round++)
        {
            var code = NewCode();
            var variables = new { input = new { name = "Raced", code, kind = "NGO", country = "NGA", tenantIds = new[] { Guid.NewGuid().ToString() }, roleCeiling = Array.Empty<string>() } };

            var answers = await Task.WhenAll(PostAsync(one, Register, token, variables, "race-" + code), PostAsync(two, Register, token, variables, "race-" + code));

            Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, a.Body));
            Assert.Equal(answers[0].Data!.ToJsonString(), answers[1].Data!.ToJsonString());
            Assert.Equal(1, answers.Count(IsReplay));
            var id = (await hub.WithDbAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync())).ToString();
            Assert.Equal(1, await hub.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id)));
        }
    }
}
