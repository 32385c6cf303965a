using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using static Hub.Api.Tests.ProjectWrites.ProjectWriting;

namespace Hub.Api.Tests.ProjectWrites;

/// <summary>DESIGN §3 Writes: the lead and the partner agencies record and update the capacity-building
/// activities of a project, inside its countries and period.</summary>
public sealed class ActivityWriteTests(WriteHub hub) : IClassFixture<WriteHub>
{
    private readonly ProjectWriting _writing = new(hub, hub.CreateClient());

    [Fact]
    public async Task The_lead_and_a_partner_record_activities_numbered_within_the_project()
    {
        var code = (await _writing.CreateAsync())["code"]!.GetValue<string>();
        var before = await _writing.CountsAsync();

        var first = await _writing.RecordAsync(code);
        var byPartner = _writing.Activity(code);
        byPartner["countryCode"] = "THA";
        byPartner.Remove("partnerAgencyCode");
        var second = await _writing.RecordAsync(code, Partner, byPartner);

        Assert.Equal(("CB-001", "CB-002"), (first["key"]!.GetValue<string>(), second["key"]!.GetValue<string>()));
        Assert.Equal(code, first["project"]!["code"]!.GetValue<string>());
        Assert.Equal(27, first["participants"]!["total"]!.GetValue<int>());
        Assert.Equal(WellKnownAgencies.NigeriaMission, first["partnerInstitution"]!["code"]!.GetValue<string>());
        Assert.Equal(18.5m, first["outcome"]!["knowledgeGainPoints"]!.GetValue<decimal>());
        Assert.Null(second["partnerInstitution"]);
        Assert.Equal(1, first["version"]!.GetValue<int>());
        Assert.Equal(before with { Activities = before.Activities + 2, Audit = before.Audit + 2 }, await _writing.CountsAsync());
        var audit = await _writing.LastAuditAsync();
        Assert.Equal(("recordCapacityBuildingActivity", "CapacityBuildingActivity", second["id"]!.GetValue<string>()), (audit.Action, audit.EntityType, audit.EntityId));
        Assert.Equal(await hub.AgencyIdAsync(Partner), audit.AgencyId);
    }

    [Fact]
    public async Task Only_agencies_working_on_the_project_record_its_activities()
    {
        var code = (await _writing.CreateAsync())["code"]!.GetValue<string>();
        var before = await _writing.CountsAsync();

        var errors = (await _writing.SendAsync(RecordActivity, "recordCapacityBuildingActivity", _writing.Activity(code), await _writing.TokenAsync(Stranger))).UserErrors();
        var unknown = (await _writing.SendAsync(RecordActivity, "recordCapacityBuildingActivity", _writing.Activity("NO-SUCH-PROJECT"))).UserErrors();
        var response = await _writing.Client.PostAsync(RecordActivity, await _writing.TokenAsync(Lead, HubRoles.ProjectsRead), new { input = _writing.Activity(code) });

        Assert.Equal([("NOT_FOUND", "projectCode")], errors);
        Assert.Equal([("NOT_FOUND", "projectCode")], unknown);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
        Assert.Equal(before, await _writing.CountsAsync());
    }

    [Fact]
    public async Task An_activity_outside_its_project_or_measured_before_it_ends_is_refused_with_each_fault()
    {
        var code = (await _writing.CreateAsync())["code"]!.GetValue<string>();
        var before = await _writing.CountsAsync();
        var outside = _writing.Activity(code);
        outside["countryCode"] = "KEN";
        outside["startsOn"] = _writing.Day(-400);
        outside["partnerAgencyCode"] = "NOPE";
        outside["topic"] = "Two\u202Eway";
        var future = _writing.Activity(code);
        future["startsOn"] = _writing.Day(10);
        future["endsOn"] = _writing.Day(12);
        var crowded = _writing.Activity(code);
        crowded["participants"] = new Dictionary<string, object?> { ["female"] = int.MaxValue, ["male"] = int.MaxValue, ["other"] = 12 };
        var overCertified = _writing.Activity(code);
        overCertified["outcome"] = new Dictionary<string, object?> { ["participantsCertified"] = 28, ["knowledgeGainPoints"] = 10.25m };

        var errors = (await _writing.SendAsync(RecordActivity, "recordCapacityBuildingActivity", outside)).UserErrors();
        var measuredEarly = (await _writing.SendAsync(RecordActivity, "recordCapacityBuildingActivity", future)).UserErrors();
        var tooMany = (await _writing.SendAsync(RecordActivity, "recordCapacityBuildingActivity", overCertified)).UserErrors();
        var overflow = (await _writing.SendAsync(RecordActivity, "recordCapacityBuildingActivity", crowded)).UserErrors();

        Assert.Equal([("INVALID_VALUE", "topic"), ("OUTSIDE_PROJECT", "countryCode"), ("OUTSIDE_PROJECT", "startsOn"), ("UNKNOWN_AGENCY", "partnerAgencyCode")], errors.Order());
        Assert.Equal([("DATE_IN_FUTURE", "outcome")], measuredEarly);
        Assert.Equal([("INVALID_VALUE", "outcome.knowledgeGainPoints")], tooMany);
        Assert.Equal([("INVALID_VALUE", "participants.female"), ("INVALID_VALUE", "participants.male")], overflow.Order());
        Assert.Equal(before, await _writing.CountsAsync());
    }

    [Fact]
    public async Task A_key_is_unique_within_its_project()
    {
        var code = (await _writing.CreateAsync())["code"]!.GetValue<string>();
        var input = _writing.Activity(code);
        input["key"] = "TOT-2026-01";
        await _writing.RecordAsync(code, input: input);
        var before = await _writing.CountsAsync();

        var errors = (await _writing.SendAsync(RecordActivity, "recordCapacityBuildingActivity", input)).UserErrors();

        Assert.Equal([("DUPLICATE_CODE", "key")], errors);
        Assert.Equal(before, await _writing.CountsAsync());
    }

    [Fact]
    public async Task An_update_changes_what_it_sends_at_the_version_read_and_nothing_when_it_sends_what_is_there()
    {
        var code = (await _writing.CreateAsync())["code"]!.GetValue<string>();
        var activity = await _writing.RecordAsync(code);
        var id = activity["id"]!.GetValue<string>();

        var updated = (await _writing.SendAsync(UpdateActivity, "updateCapacityBuildingActivity", new()
        {
            ["id"] = id,
            ["version"] = 1,
            ["participants"] = new Dictionary<string, object?> { ["male"] = 20 },
            ["partnerAgencyCode"] = null,
            ["outcome"] = new Dictionary<string, object?> { ["proceduresAdopted"] = 2, ["knowledgeGainPoints"] = null },
        }, await _writing.TokenAsync(Partner)))["activity"]!;
        var before = await _writing.CountsAsync();
        var same = (await _writing.SendAsync(UpdateActivity, "updateCapacityBuildingActivity", new() { ["id"] = id, ["version"] = 2, ["topic"] = "Identifying victims at the border" }))["activity"]!;
        var stale = (await _writing.SendAsync(UpdateActivity, "updateCapacityBuildingActivity", new() { ["id"] = id, ["version"] = 1, ["topic"] = "Late" })).UserErrors();
        var stranger = (await _writing.SendAsync(UpdateActivity, "updateCapacityBuildingActivity", new() { ["id"] = id, ["version"] = 2, ["topic"] = "Mine" }, await _writing.TokenAsync(Stranger))).UserErrors();

        Assert.Equal(33, updated["participants"]!["total"]!.GetValue<int>());
        Assert.Null(updated["partnerInstitution"]);
        Assert.Null(updated["outcome"]!["knowledgeGainPoints"]);
        Assert.Equal(2, updated["outcome"]!["proceduresAdopted"]!.GetValue<int>());
        Assert.Equal(2, updated["version"]!.GetValue<int>());
        Assert.Equal(2, same["version"]!.GetValue<int>());
        Assert.Equal([("VERSION_CONFLICT", "version")], stale);
        Assert.Equal([("NOT_FOUND", "id")], stranger);
        Assert.Equal(before, await _writing.CountsAsync());
    }

    [Fact]
    public async Task A_topic_that_shows_as_nothing_and_an_empty_country_are_refused()
    {
        var code = (await _writing.CreateAsync())["code"]!.GetValue<string>();
        var input = _writing.Activity(code);
        input["topic"] = "\u3164\u2800";
        input["countryCode"] = "";
        input["key"] = "\U000E0041";

        var errors = (await _writing.SendAsync(RecordActivity, "recordCapacityBuildingActivity", input)).UserErrors();

        Assert.Equal([("INVALID_VALUE", "key"), ("INVALID_VALUE", "topic"), ("REQUIRED", "countryCode")], errors.Order());
    }
}
