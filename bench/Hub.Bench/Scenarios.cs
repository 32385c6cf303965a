namespace Hub.Bench;

/// <summary>The requests the Hub's users send most, and two it must refuse cheaply.</summary>
internal static class Scenarios
{
    private const string Shelter = "NGA-SHSN";
    private const string Ministry = "NGA-MOL";
    private const string Mission = "MAM-NGA";

    private static readonly string[] CaseReader = ["Cases.Read", "Cases.ReadIdentity", "Projects.Read", "Audit.Read"];

    private const string CasePage = """
        query Cases($purpose: Purpose!) {
          cases(purpose: $purpose, first: 20) {
            nodes { id reference registeredOn sex ageBracket citizenship { code } exploitationTypes status withheld { field reason } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("countries", "`countries`: reference data, the pipeline's own cost", Ministry, ["Projects.Read"], "{ countries { code name region } }"),
        new("me", "`me`: the caller as the registry sees it", Ministry, ["Projects.Read"], "{ me { status roles agency { code name } } }"),
        new("projects", "20 ongoing projects with lead agency and countries", Ministry, ["Projects.Read"],
            "{ projects(first: 20, where: { status: { eq: ONGOING } }) { totalCount nodes { code title leadAgency { code } countries { code } } } }"),
        new("owner-cases", "a large owner's first page of cases, 20 with demographic and experience fields", Shelter, CaseReader, CasePage, new { purpose = "ASSISTANCE" }),
        new("owner-cases-by-id", "the same page sent as a trusted document (`documentId`)", Shelter, CaseReader, CasePage, new { purpose = "ASSISTANCE" }, ByDocumentId: true),
        new("recipient-cases", "a mission's first page: only cases consented to it", Mission, CaseReader, CasePage, new { purpose = "ASSISTANCE" }),
        new("ministry-referrals", "100 referrals with their case, agencies and project", Ministry, CaseReader,
            "{ referrals(purpose: ASSISTANCE, first: 100) { nodes { status referredOn fromAgency { code } toAgency { code } project { code } case { reference sex ageBracket withheld { field } } } } }"),
        new("refused-cost", "a document over the cost budget, refused before any database command", Ministry, ["Projects.Read"],
            "{ projects(first: 100) { nodes { partnerAgencies { code } countries { code } activities(first: 100) { topic project { code partnerAgencies { code } } } } } }", ExpectedStatus: 400),
        new("refused-role", "a case read without a case role, refused before any database command", Ministry, ["Projects.Read"], CasePage, new { purpose = "ASSISTANCE" }, ExpectedStatus: 403),
    ];
}
