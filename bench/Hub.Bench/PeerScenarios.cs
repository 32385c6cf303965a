namespace Hub.Bench;

/// <summary>A request to the Hub and the request for the same rows to PostGraphile, whose API is
/// generated from the tables: same page size, same order, same columns and relations. The Hub
/// also checks the caller's roles and consents and logs each case it discloses; PostGraphile,
/// serving the tables without authentication, does none of that.</summary>
internal sealed record PeerScenario(string Name, string What, Scenario Hub, string PeerQuery);

internal static class PeerScenarios
{
    public const string Shelter = "NGA-SHSN";
    public const string Ministry = "NGA-MOL";

    /// <param name="shelter">The shelter's agency id, for PostGraphile's condition.</param>
    /// <param name="ministry">The ministry's agency id, for PostGraphile's filter.</param>
    public static IReadOnlyList<PeerScenario> For(Guid shelter, Guid ministry) =>
    [
        // The Hub's default order is the project code, then the id.
        new("projects", "20 projects with their lead agency, as a ministry",
            new Scenario("projects", "", Ministry, ["Projects.Read"], "{ projects(first: 20) { nodes { code title leadAgency { code name } } } }"),
            "{ allProjects(first: 20, orderBy: [CODE_ASC, ROW_ID_ASC]) { nodes { code title agencyByLeadAgencyId { code name } } } }"),

        // The Hub's default order is newest registration first, then the id, both descending.
        new("owner-cases", "a shelter's first page of its own cases, 20 with citizenship and exploitation types",
            Scenarios.All.Single(s => s.Name == "owner-cases"),
            $$"""
            { allCases(first: 20, condition: { ownerAgencyId: "{{shelter}}" }, orderBy: [REGISTERED_ON_DESC, ROW_ID_DESC]) {
                nodes { rowId reference registeredOn sex ageBracket countryByCitizenshipCode { code } caseExploitationTypesByCaseId { nodes { type } } status }
                pageInfo { hasNextPage endCursor } } }
            """),

        // The Hub's referrals are those the caller's agency made or received, newest first.
        new("referrals", "100 referrals a ministry made or received, with their case, agencies and project",
            Scenarios.All.Single(s => s.Name == "ministry-referrals"),
            $$"""
            { allReferrals(first: 100, orderBy: [REFERRED_ON_DESC, ROW_ID_DESC],
                filter: { or: [{ fromAgencyId: { equalTo: "{{ministry}}" } }, { toAgencyId: { equalTo: "{{ministry}}" } }] }) {
                nodes { status referredOn agencyByFromAgencyId { code } agencyByToAgencyId { code } projectByProjectId { code } caseByCaseId { reference sex ageBracket } } } }
            """),
    ];
}
