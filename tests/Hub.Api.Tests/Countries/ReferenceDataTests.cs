using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;

namespace Hub.Api.Tests.Countries;

public sealed class ReferenceDataTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private readonly HttpClient _client = hub.CreateClient();

    [Fact]
    public async Task Countries_AreThe85WhereProjectsRun()
    {
        var response = await _client.PostAsync("{ countries { code name region } }", await _client.DevTokenAsync(WellKnownAgencies.ThailandLegalAid, []));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(85, response.Data!["countries"]!.AsArray().Count);
        Snapshooter.Xunit.Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task Agencies_FilterByKindAndCountry()
    {
        var response = await _client.PostAsync("""{ agencies(country: "nga", kind: GOVERNMENT) { code name kind status country { code name } } }""",
            await _client.DevTokenAsync(WellKnownAgencies.InternationalOrganization, [HubRoles.ProjectsRead]));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Snapshooter.Xunit.Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task Agencies_ListsTheWholeRegistry_SuspendedIncluded()
    {
        var response = await _client.PostAsync("{ agencies { code status } }", await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, []));
        var agencies = response.Data!["agencies"]!.AsArray();

        Assert.InRange(agencies.Count, 55, 65);
        Assert.Contains(agencies, a => a!["code"]!.GetValue<string>() == WellKnownAgencies.SuspendedNgo && a["status"]!.GetValue<string>() == "SUSPENDED");
    }
}
