using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.ProjectWrites;

/// <summary>Projects and activities written as agencies' clients write them: a Nigerian shelter
/// leads, the Thai legal aid collective partners, the Nigerian ministry is a stranger to the project.</summary>
internal sealed class ProjectWriting(HubFactory hub, HttpClient client)
{
    public const string Lead = WellKnownAgencies.NigeriaShelter;
    public const string Partner = WellKnownAgencies.ThailandLegalAid;
    public const string Stranger = WellKnownAgencies.NigeriaMinistry;

    public static readonly string[] Roles = [HubRoles.ProjectsRead, HubRoles.ProjectsWrite];

    public const string ProjectFields = """
        id code title version changedOn donor startsOn endsOn status focus leadAgency { code } partnerAgencies { code } countries { code }
        targets { peopleAssisted peopleTrained peopleReached } results { peopleAssisted peopleTrained peopleReached }
        financialsDisclosed budgetUsd donorContributions { donor year amountUsd }
        """;

    public const string ActivityFields = """
        id key version changedOn project { code } country { code } kind startsOn endsOn topic targetGroup
        participants { female male other total } partnerInstitution { code } outcome { knowledgeGainPoints participantsCertified proceduresAdopted }
        """;

    public const string CreateProject = $"mutation Create($input: CreateProjectInput!) {{ createProject(input: $input) {{ errors {{ code message field }} project {{ {ProjectFields} }} }} }}";

    public const string UpdateProject = $"mutation Update($input: UpdateProjectInput!) {{ updateProject(input: $input) {{ errors {{ code message field }} project {{ {ProjectFields} }} }} }}";

    public const string RecordActivity = $"mutation Record($input: RecordCapacityBuildingActivityInput!) {{ recordCapacityBuildingActivity(input: $input) {{ errors {{ code message field }} activity {{ {ActivityFields} }} }} }}";

    public const string UpdateActivity = $"mutation UpdateActivity($input: UpdateCapacityBuildingActivityInput!) {{ updateCapacityBuildingActivity(input: $input) {{ errors {{ code message field }} activity {{ {ActivityFields} }} }} }}";

    private static int _sequence;

    public HttpClient Client => client;

    public Task<string> TokenAsync(string agency, params string[] roles) => client.DevTokenAsync(agency, roles.Length == 0 ? Roles : roles);

    /// <summary>A project code no other test uses.</summary>
    public static string NewCode() => string.Create(CultureInfo.InvariantCulture, $"PW-{Interlocked.Increment(ref _sequence):D4}-{Random.Shared.Next(1000, 9999)}");

    public string Day(int days) => DateOnly.FromDateTime(hub.Now).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A project running from a year ago to a year ahead in Nigeria and Thailand, with the partner.</summary>
    public Dictionary<string, object?> Project(string? code = null) => new()
    {
        ["code"] = code ?? NewCode(),
        ["title"] = "Safe return corridors",
        ["donor"] = "Nordic Fund",
        ["startsOn"] = Day(-365),
        ["endsOn"] = Day(365),
        ["status"] = "ONGOING",
        ["focus"] = "PROTECTION",
        ["countryCodes"] = new[] { "NGA", "THA" },
        ["partnerAgencyCodes"] = new[] { Partner },
        ["targets"] = new Dictionary<string, object?> { ["peopleAssisted"] = 400, ["peopleTrained"] = 120, ["peopleReached"] = 5000 },
        ["results"] = new Dictionary<string, object?> { ["peopleAssisted"] = 150 },
        ["budgetUsd"] = 1_250_000L,
        ["donorContributions"] = new[]
        {
            new Dictionary<string, object?> { ["donor"] = "Nordic Fund", ["year"] = hub.Now.Year, ["amountUsd"] = 750_000L },
            new Dictionary<string, object?> { ["donor"] = "City Trust", ["year"] = hub.Now.Year, ["amountUsd"] = 500_000L },
        },
    };

    /// <summary>A training that ended a month ago in Nigeria, with its outcome.</summary>
    public Dictionary<string, object?> Activity(string projectCode) => new()
    {
        ["projectCode"] = projectCode,
        ["countryCode"] = "NGA",
        ["kind"] = "TRAINING",
        ["startsOn"] = Day(-33),
        ["endsOn"] = Day(-30),
        ["topic"] = "Identifying victims at the border",
        ["targetGroup"] = "BORDER_AND_IMMIGRATION",
        ["participants"] = new Dictionary<string, object?> { ["female"] = 12, ["male"] = 14, ["other"] = 1 },
        ["partnerAgencyCode"] = WellKnownAgencies.NigeriaMission,
        ["outcome"] = new Dictionary<string, object?> { ["knowledgeGainPoints"] = 18.5m, ["participantsCertified"] = 25 },
    };

    public async Task<JsonNode> SendAsync(string mutation, string field, Dictionary<string, object?> input, string? token = null)
    {
        var response = await client.PostAsync(mutation, token ?? await TokenAsync(Lead), new { input });
        return response.Payload(field);
    }

    /// <summary>Creates a project led by <see cref="Lead"/> and returns it.</summary>
    public async Task<JsonNode> CreateAsync(Dictionary<string, object?>? input = null)
    {
        var payload = await SendAsync(CreateProject, "createProject", input ?? Project());
        Assert.Empty(payload.UserErrors());
        return payload["project"]!;
    }

    /// <summary>Records an activity of <paramref name="projectCode"/> as <paramref name="agency"/> and returns it.</summary>
    public async Task<JsonNode> RecordAsync(string projectCode, string agency = Lead, Dictionary<string, object?>? input = null)
    {
        var payload = await SendAsync(RecordActivity, "recordCapacityBuildingActivity", input ?? Activity(projectCode), await TokenAsync(agency));
        Assert.Empty(payload.UserErrors());
        return payload["activity"]!;
    }

    public Task<(int Projects, int Activities, int Partners, int Countries, int Contributions, int Audit)> CountsAsync() => hub.WithDbAsync(async db => (
        await db.Projects.CountAsync(), await db.CapacityBuildingActivities.CountAsync(), await db.Set<ProjectPartner>().CountAsync(),
        await db.Set<ProjectCountry>().CountAsync(), await db.Set<DonorContribution>().CountAsync(), await db.AuditEntries.CountAsync()));

    public Task<AuditEntry> LastAuditAsync() => hub.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync());
}
