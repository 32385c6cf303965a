using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;

namespace Hub.Api.Tests.Projects;

/// <summary>Filtered and ordered first pages of projects and activities, as snapshots of the demo
/// data generated on the default day.</summary>
public sealed class ProjectSnapshotTests(HubOnDefaultDay hub) : IClassFixture<HubOnDefaultDay>
{
    private readonly HttpClient _client = hub.CreateClient();

    private Task<string> TokenAsync(string agency, params string[] roles) => _client.DevTokenAsync(agency, roles);

    [Fact]
    public async Task Projects_FilteredAndOrdered_FirstPage()
    {
        var response = await _client.PostAsync("""
            { projects(first: 3, where: { countries: { some: { eq: "NGA" } }, status: { in: [ONGOING, COMPLETED] } }, order: [{ startsOn: DESC }]) {
                totalCount pageInfo { hasNextPage hasPreviousPage }
                nodes { code title status focus startsOn endsOn donor leadAgency { code } partnerAgencies { code } countries { code }
                        targets { peopleAssisted peopleTrained peopleReached } results { peopleAssisted } } } }
            """, await TokenAsync(WellKnownAgencies.ThailandLegalAid, HubRoles.ProjectsRead));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Snapshooter.Xunit.Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task Activities_FilterWithAndOrNot()
    {
        var response = await _client.PostAsync("""
            { capacityBuildingActivities(first: 5, where: { country: { eq: "NGA" }, or: [{ kind: { eq: TRAINING } }, { targetGroup: { in: [POLICE, BORDER_AND_IMMIGRATION] } }], not: { topic: { contains: "smuggling" } } }) {
                totalCount nodes { kind targetGroup country { code } startsOn endsOn topic participants { female male other total }
                                   partnerInstitution { code } outcome { knowledgeGainPoints participantsCertified proceduresAdopted } project { code } } } }
            """, await TokenAsync(WellKnownAgencies.NigeriaMission, HubRoles.ProjectsRead));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Snapshooter.Xunit.Snapshot.Match(response.Snapshot);
    }
}
