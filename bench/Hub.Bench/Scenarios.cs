namespace Hub.Bench;

/// <summary>The requests the Hub's users send most, two it must refuse cheaply, and the writes of a
/// case's life: registering it, recording consent, referring it.</summary>
internal static class Scenarios
{
    private const string Shelter = "NGA-SHSN";
    private const string Ministry = "NGA-MOL";
    private const string Mission = "MAM-NGA";

    private static readonly string[] CaseReader = ["Cases.Read", "Cases.ReadIdentity", "Projects.Read", "Audit.Read"];
    private static readonly string[] CaseWorker = ["Cases.Read", "Cases.Write", "Consent.Manage"];

    // Agencies of every seed (README, demo agencies), none of them the shelter.
    private static readonly string[] Recipients = ["MAM-NGA", "NGA-MOL", "THA-MLAC", "GPAE"];

    private const string RegisterCase = """
        mutation RegisterCase($input: RegisterCaseInput!) {
          registerCase(input: $input) { case(purpose: ASSISTANCE) { id version } errors { code message field } }
        }
        """;

    private const string GrantConsent = """
        mutation GrantConsent($input: GrantConsentInput!) {
          grantConsent(input: $input) { consent { id version } errors { code message field } }
        }
        """;

    private const string ReferCase = """
        mutation ReferCase($input: ReferCaseInput!) {
          referCase(input: $input) { referral { id status version } errors { code message field } }
        }
        """;

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
        new("ministry-statistics", "a ministry's case statistics by country of identification and year: the cases consented to it for statistics, counted and perturbed", Ministry, ["Statistics.Read"],
            "{ caseStatistics(groupBy: [COUNTRY_OF_IDENTIFICATION, YEAR_OF_REGISTRATION]) { cells { dimensions { value withheld } value suppressed } total { value } } }"),
        new("owner-statistics", "a large owner's case statistics by country of identification and year: its own cases and those consented to it", Shelter, ["Statistics.Read"],
            "{ caseStatistics(groupBy: [COUNTRY_OF_IDENTIFICATION, YEAR_OF_REGISTRATION]) { cells { dimensions { value withheld } value suppressed } total { value } } }"),
        new("statistics-by-type", "a ministry's case statistics by exploitation type and sex: a case counts once per type", Ministry, ["Statistics.Read"],
            "{ caseStatistics(groupBy: [EXPLOITATION_TYPE, SEX]) { cells { dimensions { value withheld } value suppressed } total { value } } }"),
        new("referral-statistics", "a ministry's referral statistics by country of identification and year of referral", Ministry, ["Statistics.Read"],
            "{ referralStatistics(groupBy: [COUNTRY_OF_IDENTIFICATION, YEAR_OF_REFERRAL]) { cells { dimensions { value withheld } value suppressed } total { value } } }"),
        new("refused-cost", "a document over the cost budget, refused before any database command", Ministry, ["Projects.Read"],
            "{ projects(first: 100) { nodes { partnerAgencies { code } countries { code } activities(first: 100) { nodes { topic project { code partnerAgencies { code } } } } } } }", ExpectedStatus: 400),
        new("refused-role", "a case read without a case role, refused before any database command", Ministry, ["Projects.Read"], CasePage, new { purpose = "ASSISTANCE" }, ExpectedStatus: 403),
        new("register-case", "`registerCase`: a new case with demographic, experience and assistance fields, read back", Shelter, CaseWorker, RegisterCase,
            Writes: () => new CaseRegistrations(RegisterCase)),
        new("grant-consent", "`grantConsent` on one of a thousand existing cases of the owner, naming one agency", Shelter, CaseWorker, GrantConsent,
            Writes: () => new ConsentGrants(GrantConsent, Shelter, Recipients)),
        new("refer-case", "`referCase` of a case whose consent names the recipient (case and consent made beforehand, untimed)", Shelter, CaseWorker, ReferCase,
            Writes: () => new CaseReferrals(ReferCase, Recipients)),
    ];
}
