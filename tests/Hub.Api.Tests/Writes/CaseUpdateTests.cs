using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Writes.WriteCalls;

namespace Hub.Api.Tests.Writes;

/// <summary><c>updateCase</c>: the fields present change and nothing else, null clears, the version
/// guards against lost updates, only the owner changes its cases, and services received are
/// services needed that were delivered.</summary>
public sealed class CaseUpdateTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = hub.CreateClient();
    private string _owner = "";

    public async Task InitializeAsync() =>
        _owner = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter,
            [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.CasesReadIdentity, HubRoles.ConsentManage]);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonNode> UpdateAsync(string id, int version, Dictionary<string, object?> change, string? token = null)
    {
        change["id"] = id;
        change["version"] = version;
        return (await _client.SendAsync(UpdateCase, token ?? _owner, change)).Payload("updateCase");
    }

    private async Task<JsonNode> ReadAsync(string id) =>
        (await _client.PostAsync(ReadCase, _owner, new { id, purpose = "ASSISTANCE" })).Payload("case");

    [Fact]
    public async Task UpdateCase_ChangesOnlyTheFieldsPresent_AndAddsOneToTheVersion()
    {
        var id = await _client.RegisterAsync(_owner, FullCase(hub.Now));
        var before = await ReadAsync(id);

        var payload = await UpdateAsync(id, 1, new() { ["givenName"] = "Ngozi", ["sex"] = "MALE", ["exploitationTypes"] = Set("BEGGING") });

        Assert.Empty(payload.UserErrors());
        var after = await ReadAsync(id);
        Assert.Equal(after.ToJsonString(), payload["case"]!.ToJsonString());
        Assert.Equal(2, after["version"]!.GetValue<int>());
        Assert.Equal("Ngozi", after["givenName"]!.GetValue<string>());
        Assert.Equal("MALE", after["sex"]!.GetValue<string>());
        Assert.Equal(["BEGGING"], after["exploitationTypes"].Strings());
        foreach (var unchanged in Set("reference", "registeredOn", "familyName", "dateOfBirth", "phone", "currentLocation", "documentNumber", "ageBracket", "citizenship",
            "countryOfIdentification", "labourSector", "meansOfControl", "recruitmentMethod", "recruiterRelation", "traffickingDuration", "countryOfExploitation",
            "servicesNeeded", "servicesReceived", "status"))
        {
            Assert.Equal(before[unchanged]!.ToJsonString(), after[unchanged]!.ToJsonString());
        }
    }

    [Fact]
    public async Task UpdateCase_AnExplicitNull_ClearsTheField_AndAnEmptyListClearsASet()
    {
        var id = await _client.RegisterAsync(_owner, FullCase(hub.Now));

        var payload = await UpdateAsync(id, 1, new()
        {
            ["givenName"] = null,
            ["dateOfBirth"] = null,
            ["citizenship"] = null,
            ["labourSector"] = null,
            ["exploitationTypes"] = null,
            ["meansOfControl"] = Array.Empty<string>(),
        });

        Assert.Empty(payload.UserErrors());
        var after = await ReadAsync(id);
        Assert.Null(after["givenName"]);
        Assert.Null(after["dateOfBirth"]);
        Assert.Null(after["citizenship"]);
        Assert.Null(after["labourSector"]);
        Assert.Empty(after["exploitationTypes"]!.AsArray());
        Assert.Empty(after["meansOfControl"]!.AsArray());
        Assert.Empty(after.Withheld());
        Assert.Equal("Okafor", after["familyName"]!.GetValue<string>());
        Assert.Equal("AGE_24_26", after["ageBracket"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("status")]
    [InlineData("reference")]
    public async Task UpdateCase_CannotClearAFieldEveryCaseHas(string field)
    {
        var id = await _client.RegisterAsync(_owner, FullCase(hub.Now));
        var counts = await hub.CountAsync();

        var payload = await UpdateAsync(id, 1, new() { [field] = null, ["givenName"] = "Changed" });

        Assert.Equal([("INVALID_VALUE", field)], payload.UserErrors());
        Assert.Null(payload["case"]);
        var after = await ReadAsync(id);
        Assert.Equal(1, after["version"]!.GetValue<int>());
        Assert.Equal("Amina", after["givenName"]!.GetValue<string>());
        Assert.Equal(counts with { Disclosures = counts.Disclosures + 1 }, await hub.CountAsync());
    }

    [Fact]
    public async Task UpdateCase_ChecksTheValuesAsRegisterCaseDoes_AndWritesNothingOnAFault()
    {
        var id = await _client.RegisterAsync(_owner, FullCase(hub.Now));

        var payload = await UpdateAsync(id, 1, new()
        {
            ["givenName"] = new string('x', 101),
            ["citizenship"] = "XXX",
            ["dateOfBirth"] = DateOnly.FromDateTime(hub.Now).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["phone"] = "  ",
            ["sex"] = "MALE",
        });

        Assert.Equal([("DATE_IN_FUTURE", "dateOfBirth"), ("INVALID_VALUE", "phone"), ("TOO_LONG", "givenName"), ("UNKNOWN_COUNTRY", "citizenship")], payload.UserErrors().Order());
        var after = await ReadAsync(id);
        Assert.Equal(1, after["version"]!.GetValue<int>());
        Assert.Equal("FEMALE", after["sex"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateCase_SendingTheStoredValues_ChangesNothing_NoNewVersion_NoAuditEntry()
    {
        var input = FullCase(hub.Now);
        input["reference"] = "SAME-AS-STORED-1";
        var id = await _client.RegisterAsync(_owner, input);
        var changedLongAgo = hub.Now.AddDays(-3);
        await hub.WithDbAsync(db => db.Cases.Where(c => c.Id == Guid.Parse(id)).ExecuteUpdateAsync(u => u.SetProperty(c => c.ChangedOn, changedLongAgo)));
        var before = await ReadAsync(id);
        var counts = await hub.CountAsync();

        // Every value as stored, the sets in another order.
        var same = FullCase(hub.Now);
        same["reference"] = "SAME-AS-STORED-1";
        same["servicesNeeded"] = Set("LEGAL", "SHELTER", "MEDICAL");
        same["meansOfControl"] = Set("THREATS", "DEBT_BONDAGE", "WITHHOLDS_DOCUMENTS");
        same["exploitationTypes"] = Set("FORCED_LABOUR", "SEXUAL_EXPLOITATION");
        var payload = await UpdateAsync(id, 1, same);

        Assert.Empty(payload.UserErrors());
        Assert.Equal(before.ToJsonString(), payload["case"]!.ToJsonString());
        Assert.Equal(1, payload["case"]!["version"]!.GetValue<int>());
        Assert.Equal(changedLongAgo, ParseInstant(payload["case"]!["changedOn"]));
        Assert.Equal(counts with { Disclosures = counts.Disclosures + 1 }, await hub.CountAsync());
        Assert.Equal(1, await hub.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id)));
        var stored = await hub.WithDbAsync(db => db.Cases.AsNoTracking().Where(c => c.Id == Guid.Parse(id)).Select(c => new { c.Version, c.ChangedOn }).SingleAsync());
        Assert.Equal(1, stored.Version);
        Assert.Equal(changedLongAgo, stored.ChangedOn);

        // The version read is still checked, and a value that differs is a change.
        Assert.Equal([("VERSION_CONFLICT", "version")], (await UpdateAsync(id, 2, new() { ["sex"] = "FEMALE" })).UserErrors());
        var changed = await UpdateAsync(id, 1, new() { ["sex"] = "FEMALE", ["givenName"] = "Ngozi" });
        Assert.Empty(changed.UserErrors());
        Assert.Equal(2, changed["case"]!["version"]!.GetValue<int>());
        Assert.Equal(hub.Now, ParseInstant(changed["case"]!["changedOn"]));
        Assert.Equal(2, await hub.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id)));
    }

    [Fact]
    public async Task UpdateCase_WithAStaleVersion_IsAVersionConflict_AndChangesNothing()
    {
        var id = await _client.RegisterAsync(_owner, FullCase(hub.Now));
        Assert.Empty((await UpdateAsync(id, 1, new() { ["givenName"] = "First" })).UserErrors());
        var counts = await hub.CountAsync();

        var stale = await UpdateAsync(id, 1, new() { ["givenName"] = "Second", ["sex"] = "MALE" });
        var ahead = await UpdateAsync(id, 3, new() { ["givenName"] = "Third" });

        Assert.Equal([("VERSION_CONFLICT", "version")], stale.UserErrors());
        Assert.Contains("version 2", stale["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(stale["case"]);
        Assert.Equal([("VERSION_CONFLICT", "version")], ahead.UserErrors());
        var after = await ReadAsync(id);
        Assert.Equal(2, after["version"]!.GetValue<int>());
        Assert.Equal("First", after["givenName"]!.GetValue<string>());
        Assert.Equal("FEMALE", after["sex"]!.GetValue<string>());
        Assert.Equal(counts with { Disclosures = counts.Disclosures + 1 }, await hub.CountAsync());
    }

    [Fact]
    public async Task ConcurrentUpdates_OfOneVersion_OneIsWritten_AndEveryOtherIsAVersionConflict()
    {
        var id = await _client.RegisterAsync(_owner, FullCase(hub.Now));

        // Each sets the same new value of a set, so that the losers also collide on its rows.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => _client.SendAsync(
            "mutation Race($input: UpdateCaseInput!) { updateCase(input: $input) { errors { code field } } }", _owner,
            new() { ["id"] = id, ["version"] = 1, ["givenName"] = $"Writer {i}", ["exploitationTypes"] = Set("OTHER"), ["servicesNeeded"] = Set("EDUCATION") })));

        var outcomes = answers.Select(a => a.Payload("updateCase").UserErrors()).ToList();
        Assert.Single(outcomes, o => o.Count == 0);
        Assert.All(outcomes.Where(o => o.Count > 0), o => Assert.Equal([("VERSION_CONFLICT", "version")], o));
        var after = await ReadAsync(id);
        Assert.Equal(2, after["version"]!.GetValue<int>());
        Assert.Equal(["OTHER"], after["exploitationTypes"].Strings());
        Assert.Equal(2, await hub.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id)));
    }

    [Fact]
    public async Task UpdateCase_ToAReferenceTheAgencyUsesAlready_IsADuplicateReference()
    {
        await _client.RegisterAsync(_owner, new() { ["reference"] = "SHSN-TAKEN" });
        var id = await _client.RegisterAsync(_owner, new() { ["reference"] = "SHSN-FREE" });

        var taken = await UpdateAsync(id, 1, new() { ["reference"] = "SHSN-TAKEN" });
        var renamed = await UpdateAsync(id, 1, new() { ["reference"] = "SHSN-RENAMED" });

        Assert.Equal([("DUPLICATE_REFERENCE", "reference")], taken.UserErrors());
        Assert.Empty(renamed.UserErrors());
        Assert.Equal("SHSN-RENAMED", renamed["case"]!["reference"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateCase_OfAnotherAgencysCase_IsNotFound_EvenWhenAConsentLetsThatAgencySeeIt()
    {
        var id = await _client.RegisterAsync(_owner, FullCase(hub.Now));
        await _client.GrantAsync(_owner, Consent(id, new { agencyCode = WellKnownAgencies.ThailandLegalAid }, hub.Now, "ASSISTANCE", "IDENTITY", "DEMOGRAPHIC", "TRAFFICKING_EXPERIENCE", "ASSISTANCE"));
        var other = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.CasesReadIdentity]);
        var seen = (await _client.PostAsync(ReadCase, other, new { id, purpose = "ASSISTANCE" })).Payload("case");
        Assert.Equal("Amina", seen["givenName"]!.GetValue<string>());
        var counts = await hub.CountAsync();

        var payload = await UpdateAsync(id, 1, new() { ["givenName"] = "Hijacked" }, other);

        Assert.Equal([("NOT_FOUND", "id")], payload.UserErrors());
        Assert.Null(payload["case"]);
        var after = await ReadAsync(id);
        Assert.Equal("Amina", after["givenName"]!.GetValue<string>());
        Assert.Equal(1, after["version"]!.GetValue<int>());
        Assert.Equal(counts with { Disclosures = counts.Disclosures + 1 }, await hub.CountAsync());
    }

    [Fact]
    public async Task UpdateCase_OfAnUnknownOrMalformedId_IsRefused_AsForACaseOfAnotherAgency()
    {
        var counts = await hub.CountAsync();

        var unknown = await UpdateAsync(Guid.NewGuid().ToString(), 1, new() { ["givenName"] = "Nobody" });
        var malformed = await UpdateAsync("not-an-id", 1, new() { ["givenName"] = "Nobody" });

        Assert.Equal([("NOT_FOUND", "id")], unknown.UserErrors());
        Assert.Equal([("INVALID_VALUE", "id")], malformed.UserErrors());
        Assert.Equal(counts, await hub.CountAsync());
    }

    [Fact]
    public async Task ServicesReceived_AreServicesNeededThatWereDelivered()
    {
        var id = await _client.RegisterAsync(_owner, FullCase(hub.Now));
        var version = 1;

        // "needed / received", each sorted.
        async Task<string> ChangeAsync(Dictionary<string, object?> change)
        {
            var payload = await UpdateAsync(id, version++, change);
            Assert.Empty(payload.UserErrors());
            return string.Join(',', payload["case"]!["servicesNeeded"].Strings()) + " / " + string.Join(',', payload["case"]!["servicesReceived"].Strings());
        }

        // A service received that was not listed as needed becomes needed too; one no longer listed
        // as received stays needed.
        Assert.Equal("LEGAL,MEDICAL,RETURN,SHELTER / MEDICAL,RETURN", await ChangeAsync(new() { ["servicesReceived"] = Set("MEDICAL", "RETURN") }));

        // Needs narrowed: what stays keeps whether it was received.
        Assert.Equal("MEDICAL,SHELTER / MEDICAL", await ChangeAsync(new() { ["servicesNeeded"] = Set("MEDICAL", "SHELTER") }));

        // Both at once: the needs first, then what of them (or beyond them) was received, even a
        // service the new needs leave out.
        Assert.Equal("LEGAL,SHELTER / SHELTER", await ChangeAsync(new() { ["servicesNeeded"] = Set("LEGAL"), ["servicesReceived"] = Set("SHELTER") }));
        Assert.Equal("EDUCATION,LEGAL / EDUCATION", await ChangeAsync(new() { ["servicesNeeded"] = Set("LEGAL"), ["servicesReceived"] = Set("EDUCATION", "EDUCATION") }));

        // Clearing what was received leaves the needs.
        Assert.Equal("EDUCATION,LEGAL / ", await ChangeAsync(new() { ["servicesReceived"] = null }));

        // Clearing the needs clears everything.
        Assert.Equal(" / ", await ChangeAsync(new() { ["servicesNeeded"] = Array.Empty<string>() }));
    }
}
