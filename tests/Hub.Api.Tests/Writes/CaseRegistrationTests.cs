using System.Net;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Writes.WriteCalls;

namespace Hub.Api.Tests.Writes;

/// <summary><c>registerCase</c>: the caller's agency owns what it registers, every field reads back
/// as written, a faulty input is refused field by field and writes nothing, and a caller who may not
/// write (or may not read what it selects) is refused before anything runs. The payload's read-back
/// is a disclosure like any read.</summary>
public sealed partial class CaseRegistrationTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = hub.CreateClient();
    private string _writer = "";

    public async Task InitializeAsync() =>
        _writer = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesWrite, HubRoles.CasesRead, HubRoles.CasesReadIdentity]);

    public Task DisposeAsync() => Task.CompletedTask;

    [GeneratedRegex("^C-[0-9]{8}-[0-9A-Fa-f]{8}$")]
    private static partial Regex GeneratedReference();

    [Fact]
    public async Task RegisterCase_MakesTheCallersAgencyTheOwner_AndReadsEveryFieldBack_InThePayloadAndThroughTheCaseQuery()
    {
        var input = FullCase(hub.Now);
        input["reference"] = "SHSN-FULL-1";

        var payload = (await _client.SendAsync(RegisterCase, _writer, input)).Payload("registerCase");
        Assert.Empty(payload.UserErrors());
        var written = payload["case"]!;
        var id = written["id"]!.GetValue<string>();
        var read = (await _client.PostAsync(ReadCase, _writer, new { id, purpose = "LEGAL_PROCEEDINGS" })).Payload("case");

        foreach (var @case in new[] { written, read })
        {
            Assert.Equal(id, @case["id"]!.GetValue<string>());
            Assert.Equal("SHSN-FULL-1", @case["reference"]!.GetValue<string>());
            Assert.Equal(WellKnownAgencies.NigeriaShelter, @case["owner"]!["code"]!.GetValue<string>());
            Assert.Equal(1, @case["version"]!.GetValue<int>());
            Assert.Equal(hub.Now, ParseInstant(@case["registeredOn"]));
            Assert.Equal(hub.Now, ParseInstant(@case["changedOn"]));
            Assert.Equal("Amina", @case["givenName"]!.GetValue<string>());
            Assert.Equal("Okafor", @case["familyName"]!.GetValue<string>());
            Assert.Equal(input["dateOfBirth"], @case["dateOfBirth"]!.GetValue<string>());
            Assert.Equal("+234 801 234 5678", @case["phone"]!.GetValue<string>());
            Assert.Equal("Shelter 3, Lagos", @case["currentLocation"]!.GetValue<string>());
            Assert.Equal("A01234567", @case["documentNumber"]!.GetValue<string>());
            Assert.Equal("FEMALE", @case["sex"]!.GetValue<string>());
            Assert.Equal("AGE_24_26", @case["ageBracket"]!.GetValue<string>());
            Assert.Equal("NGA", @case["citizenship"]!["code"]!.GetValue<string>());
            Assert.Equal("ITA", @case["countryOfIdentification"]!["code"]!.GetValue<string>());
            Assert.Equal(["FORCED_LABOUR", "SEXUAL_EXPLOITATION"], @case["exploitationTypes"].Strings());
            Assert.Equal("DOMESTIC_WORK", @case["labourSector"]!.GetValue<string>());
            Assert.Equal(["DEBT_BONDAGE", "THREATS", "WITHHOLDS_DOCUMENTS"], @case["meansOfControl"].Strings());
            Assert.Equal("FALSE_JOB_OFFER", @case["recruitmentMethod"]!.GetValue<string>());
            Assert.Equal("EMPLOYER_OR_AGENT", @case["recruiterRelation"]!.GetValue<string>());
            Assert.Equal("ONE_TO_SIX_MONTHS", @case["traffickingDuration"]!.GetValue<string>());
            Assert.Equal("LBY", @case["countryOfExploitation"]!["code"]!.GetValue<string>());
            Assert.Equal(["LEGAL", "MEDICAL", "SHELTER"], @case["servicesNeeded"].Strings());
            Assert.Equal(["SHELTER"], @case["servicesReceived"].Strings());
            Assert.Equal("RECEIVING_ASSISTANCE", @case["status"]!.GetValue<string>());
            Assert.Empty(@case.Withheld());
        }
    }

    [Fact]
    public async Task RegisterCase_WithOnlyDefaults_IsRegistered_WithAReferenceMadeUpOfTheDayAndEightHexDigits()
    {
        var payload = (await _client.SendAsync(RegisterCase, _writer, [])).Payload("registerCase");

        Assert.Empty(payload.UserErrors());
        var reference = payload["case"]!["reference"]!.GetValue<string>();
        Assert.Matches(GeneratedReference(), reference);
        Assert.StartsWith($"C-{hub.Now:yyyyMMdd}-", reference, StringComparison.Ordinal);
        Assert.Equal("REGISTERED", payload["case"]!["status"]!.GetValue<string>());
        Assert.Null(payload["case"]!["givenName"]);
        Assert.Empty(payload["case"]!["exploitationTypes"]!.AsArray());
        Assert.Empty(payload["case"]!["servicesNeeded"]!.AsArray());
        Assert.Empty(payload["case"]!.Withheld());
    }

    [Fact]
    public async Task RegisterCase_KeepsTheReferenceGiven_AndRefusesItAgain_ButAnotherAgencyMayUseIt()
    {
        var other = await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, [HubRoles.CasesWrite, HubRoles.CasesRead]);
        await _client.RegisterAsync(_writer, new() { ["reference"] = "SHSN-DUP-7" });
        var before = await hub.CountAsync();

        var again = (await _client.SendAsync(RegisterCase, _writer, new() { ["reference"] = "SHSN-DUP-7", ["givenName"] = "Second" })).Payload("registerCase");
        var elsewhere = (await _client.SendAsync(RegisterCase, other, new() { ["reference"] = "SHSN-DUP-7" })).Payload("registerCase");

        Assert.Equal([("DUPLICATE_REFERENCE", "reference")], again.UserErrors());
        Assert.Null(again["case"]);
        Assert.Empty(elsewhere.UserErrors());
        Assert.Equal("SHSN-DUP-7", elsewhere["case"]!["reference"]!.GetValue<string>());
        Assert.Equal(WellKnownAgencies.ThailandLegalAid, elsewhere["case"]!["owner"]!["code"]!.GetValue<string>());
        Assert.Equal(before with { Cases = before.Cases + 1, AuditEntries = before.AuditEntries + 1, Disclosures = before.Disclosures + 1 }, await hub.CountAsync());
        Assert.Equal([null, null], await hub.WithDbAsync(db => db.Cases.Where(c => c.Reference == "SHSN-DUP-7").Select(c => c.GivenName).ToListAsync()));
    }

    [Theory]
    [InlineData("givenName", "101 characters", "TOO_LONG")]
    [InlineData("familyName", "101 characters", "TOO_LONG")]
    [InlineData("reference", "41 characters", "TOO_LONG")]
    [InlineData("givenName", "   ", "INVALID_VALUE")]
    [InlineData("phone", "", "INVALID_VALUE")]
    [InlineData("reference", " ", "INVALID_VALUE")]
    [InlineData("citizenship", "XXX", "UNKNOWN_COUNTRY")]
    [InlineData("countryOfIdentification", "nga", "UNKNOWN_COUNTRY")]
    [InlineData("countryOfExploitation", "XXX", "UNKNOWN_COUNTRY")]
    [InlineData("dateOfBirth", "tomorrow", "DATE_IN_FUTURE")]
    [InlineData("dateOfBirth", "1899-12-31", "INVALID_VALUE")]
    [InlineData("status", null, "INVALID_VALUE")]
    [InlineData("givenName", "a line break", "INVALID_VALUE")]
    [InlineData("familyName", "a tab", "INVALID_VALUE")]
    [InlineData("phone", "a bell", "INVALID_VALUE")]
    [InlineData("currentLocation", "a right-to-left override", "INVALID_VALUE")]
    [InlineData("documentNumber", "a left-to-right isolate", "INVALID_VALUE")]
    [InlineData("givenName", "an escape", "INVALID_VALUE")]
    [InlineData("reference", "a space before", "INVALID_VALUE")]
    [InlineData("reference", "a space after", "INVALID_VALUE")]
    [InlineData("reference", "a line break", "INVALID_VALUE")]
    [InlineData("reference", "a right-to-left override", "INVALID_VALUE")]
    public async Task RegisterCase_RefusesAFaultyValue_WithItsCodeAndPath_AndWritesNothing(string field, string? value, string code)
    {
        var input = FullCase(hub.Now);
        input[field] = value switch
        {
            "101 characters" => new string('a', 101),
            "41 characters" => new string('R', 41),
            "tomorrow" => DateOnly.FromDateTime(hub.Now).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            "a line break" => "Line\nbreak",
            "a tab" => "Oka\tfor",
            "a bell" => "+234 801\a 234 5678",
            "a right-to-left override" => "Lagos \u202E3 retlehS",
            "a left-to-right isolate" => "A012\u206634567",
            "an escape" => "\u001b[2JAmina",
            "a space before" => " SHSN-7",
            "a space after" => "SHSN-7 ",
            _ => value,
        };
        var before = await hub.CountAsync();

        var payload = (await _client.SendAsync(RegisterCase, _writer, input)).Payload("registerCase");

        Assert.Equal([(code, field)], payload.UserErrors());
        Assert.All(payload["errors"]!.AsArray(), e => Assert.False(string.IsNullOrWhiteSpace(e!["message"]!.GetValue<string>())));
        Assert.Null(payload["case"]);
        Assert.Equal(before, await hub.CountAsync());
    }

    [Fact]
    public async Task RegisterCase_KeepsSpacesInsideATextAndLettersOfAnyScript()
    {
        var input = FullCase(hub.Now, givenName: "Ngozi Adaeze");
        input["familyName"] = "Ọkàfọ̀r";
        input["reference"] = "SHSN 2026/7";

        var payload = (await _client.SendAsync(RegisterCase, _writer, input)).Payload("registerCase");

        Assert.Empty(payload.UserErrors());
        Assert.Equal("Ngozi Adaeze", payload["case"]!["givenName"]!.GetValue<string>());
        Assert.Equal("Ọkàfọ̀r", payload["case"]!["familyName"]!.GetValue<string>());
        Assert.Equal("SHSN 2026/7", payload["case"]!["reference"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegisterCase_AtTheLimits_IsRegistered()
    {
        var input = FullCase(hub.Now);
        input["givenName"] = new string('a', 100);
        input["reference"] = new string('R', 40);
        input["dateOfBirth"] = DateOnly.FromDateTime(hub.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var payload = (await _client.SendAsync(RegisterCase, _writer, input)).Payload("registerCase");

        Assert.Empty(payload.UserErrors());
        Assert.Equal(100, payload["case"]!["givenName"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task RegisterCase_ReportsEveryFaultOfTheInputAtOnce()
    {
        var input = FullCase(hub.Now);
        input["givenName"] = new string('a', 101);
        input["citizenship"] = "XXX";
        input["dateOfBirth"] = "1850-01-01";

        var payload = (await _client.SendAsync(RegisterCase, _writer, input)).Payload("registerCase");

        Assert.Equal([("INVALID_VALUE", "dateOfBirth"), ("TOO_LONG", "givenName"), ("UNKNOWN_COUNTRY", "citizenship")], payload.UserErrors().Order());
    }

    [Fact]
    public async Task RegisterCase_WithoutAToken_Is401_AndWritesNothing()
    {
        var before = await hub.CountAsync();

        var response = await _client.PostAsync(RegisterCase, token: null, new { input = FullCase(hub.Now) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["AUTHENTICATION_REQUIRED"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(before, await hub.CountAsync());
    }

    [Fact]
    public async Task RegisterCase_WithoutCasesWrite_IsMissingRole_AndWritesNothing()
    {
        var reader = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.CasesReadIdentity, HubRoles.ConsentManage]);
        var before = await hub.CountAsync();

        var response = await _client.PostAsync(RegisterCaseErrorsOnly, reader, new { input = FullCase(hub.Now) });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(before, await hub.CountAsync());
    }

    [Fact]
    public async Task RegisterCase_ByASuspendedAgency_IsRefused_AndWritesNothing()
    {
        var suspended = await _client.DevTokenAsync(WellKnownAgencies.SuspendedNgo, [HubRoles.CasesWrite, HubRoles.CasesRead]);
        var before = await hub.CountAsync();

        var response = await _client.PostAsync(RegisterCaseErrorsOnly, suspended, new { input = FullCase(hub.Now) });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["AGENCY_SUSPENDED"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(before, await hub.CountAsync());
    }

    [Fact]
    public async Task RegisterCase_SelectingTheCaseWithoutCasesRead_IsMissingRole_AndWritesNothing_WhileOnlyErrorsAreWritten()
    {
        var writeOnly = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesWrite]);
        var before = await hub.CountAsync();

        var refused = await _client.PostAsync(RegisterCase, writeOnly, new { input = FullCase(hub.Now) });

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(["MISSING_ROLE"], refused.ErrorCodes);
        Assert.Null(refused.Data);
        Assert.Equal(before, await hub.CountAsync());

        var input = FullCase(hub.Now);
        input["reference"] = "SHSN-WRITE-ONLY";
        var written = (await _client.PostAsync(RegisterCaseErrorsOnly, writeOnly, new { input })).Payload("registerCase");

        Assert.Empty(written.UserErrors());
        Assert.Equal(1, await hub.WithDbAsync(db => db.Cases.CountAsync(c => c.Reference == "SHSN-WRITE-ONLY")));
    }

    [Fact]
    public async Task ThePayloadsCase_IsLoggedAsADisclosure_WithTheCategoriesItShows()
    {
        var shelter = await hub.AgencyIdAsync(WellKnownAgencies.NigeriaShelter);
        var input = FullCase(hub.Now);
        input["reference"] = "SHSN-DISCLOSED";

        var payload = (await _client.PostAsync("mutation ReadBack($input: RegisterCaseInput!) { registerCase(input: $input) { errors { code } case(purpose: ASSISTANCE) { givenName sex } } }", _writer, new { input }))
            .Payload("registerCase");

        Assert.Equal("Amina", payload["case"]!["givenName"]!.GetValue<string>());
        var id = await hub.WithDbAsync(db => db.Cases.Where(c => c.Reference == "SHSN-DISCLOSED").Select(c => c.Id).SingleAsync());
        var row = Assert.Single(await hub.WithDbAsync(db => db.Disclosures.Where(d => d.CaseId == id).ToListAsync()));
        Assert.Equal(DataCategory.Identity | DataCategory.Demographic, row.Categories);
        Assert.Equal(shelter, row.AgencyId);
        Assert.Equal(Purpose.Assistance, row.Purpose);
        Assert.Equal("ReadBack", row.OperationName);
        Assert.Equal(hub.Now, row.OccurredAt);
    }

    [Fact]
    public async Task APayloadWithOnlyErrorsSelected_LogsNoDisclosure()
    {
        var input = FullCase(hub.Now);
        input["reference"] = "SHSN-UNDISCLOSED";

        var payload = (await _client.PostAsync(RegisterCaseErrorsOnly, _writer, new { input })).Payload("registerCase");

        Assert.Empty(payload.UserErrors());
        var id = await hub.WithDbAsync(db => db.Cases.Where(c => c.Reference == "SHSN-UNDISCLOSED").Select(c => c.Id).SingleAsync());
        Assert.Equal(0, await hub.WithDbAsync(db => db.Disclosures.CountAsync(d => d.CaseId == id)));
    }

    [Fact]
    public async Task ThePayloadsCase_WithholdsIdentityFromAWriterWithoutCasesReadIdentity_AndLogsOnlyWhatItShowed()
    {
        var plainWriter = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesWrite, HubRoles.CasesRead]);

        var payload = (await _client.PostAsync("mutation { registerCase(input: { reference: \"SHSN-NO-IDENTITY\", givenName: \"Amina\", sex: FEMALE }) { errors { code } case(purpose: ASSISTANCE) { id givenName sex withheld { field category reason } } } }", plainWriter))
            .Payload("registerCase");

        Assert.Null(payload["case"]!["givenName"]);
        Assert.Equal("FEMALE", payload["case"]!["sex"]!.GetValue<string>());
        Assert.Equal([("givenName", "IDENTITY", "MISSING_ROLE")], payload["case"]!.Withheld());
        var id = Guid.Parse(payload["case"]!["id"]!.GetValue<string>());
        var row = Assert.Single(await hub.WithDbAsync(db => db.Disclosures.Where(d => d.CaseId == id).ToListAsync()));
        Assert.Equal(DataCategory.Demographic, row.Categories);
    }
}
