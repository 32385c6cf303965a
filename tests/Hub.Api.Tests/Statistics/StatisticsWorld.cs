using Hub.Api.Tests.Access.Oracle;
using Hub.Data.Entities;

namespace Hub.Api.Tests.Statistics;

/// <summary>A small world with known counts. An NGO in Nigeria (the owner) has 18 cases of its own;
/// another NGO there has 13: 4 whose consent for research and statistics names every NGO in
/// Nigeria (all categories), 7 whose consent names the ministry (DEMOGRAPHIC only), and 2 shared
/// with nobody for statistics (one for assistance only, one whose consent was revoked). A Thai NGO
/// has no case and no consent. Record keys are fixed, so that every published count is known.</summary>
internal static class StatisticsWorld
{
    public static readonly Guid Owner = new("00000000-0000-4000-9000-000000000001");
    public static readonly Guid OtherNgo = new("00000000-0000-4000-9000-000000000002");
    public static readonly Guid Ministry = new("00000000-0000-4000-9000-000000000003");
    public static readonly Guid Lonely = new("00000000-0000-4000-9000-000000000004");

    public static Guid CaseId(int i) => new($"00000000-0000-4000-9000-1000{i:D8}");

    public static OracleWorld Build(DateTime now)
    {
        var cases = new List<OracleCase>();
        var consents = new List<OracleConsent>();
        void Add(Guid owner, string country, Sex sex, ExploitationType[] types, string? exploitedIn = null)
        {
            var i = cases.Count;
            cases.Add(OracleCase.Blank(CaseId(i), owner) with
            {
                RecordKey = (byte)((i * 97 + 31) % 256),
                Identity = new() { GivenName = $"Person {i}" },
                Demographic = new() { Sex = sex, CountryOfIdentification = country, Citizenship = country },
                TraffickingExperience = new() { ExploitationTypes = types, CountryOfExploitation = exploitedIn ?? country },
                Assistance = new() { ServicesNeeded = [Service.Shelter], Status = CaseStatus.ReceivingAssistance },
            });
        }

        OracleConsent Consent(int caseIndex, Purpose purpose, Guid? agency, AgencyKind? kind, DataCategory categories, DateTime? revoked = null) =>
            new(CaseId(caseIndex), purpose, agency, kind, kind is null ? null : "NGA", categories, now.AddDays(-10), now.AddDays(100), revoked);

        // The owner's 18: 9 Nigerian women, 6 Nigerian men (two types each), 3 Ghanaian women.
        for (var i = 0; i < 9; i++)
        {
            Add(Owner, "NGA", Sex.Female, [ExploitationType.SexualExploitation]);
        }

        for (var i = 0; i < 6; i++)
        {
            Add(Owner, "NGA", Sex.Male, [ExploitationType.ForcedLabour, ExploitationType.SexualExploitation]);
        }

        for (var i = 0; i < 3; i++)
        {
            Add(Owner, "GHA", Sex.Female, [ExploitationType.ForcedLabour], "LBY");
        }

        // The other NGO's 4 shared with every Nigerian NGO for statistics, all categories.
        for (var i = 0; i < 4; i++)
        {
            consents.Add(Consent(cases.Count, Purpose.ResearchAndStatistics, null, AgencyKind.Ngo, (DataCategory)15));
            Add(OtherNgo, "NGA", Sex.Female, [ExploitationType.DomesticServitude]);
        }

        // 7 shared with the ministry for statistics, DEMOGRAPHIC only.
        for (var i = 0; i < 7; i++)
        {
            consents.Add(Consent(cases.Count, Purpose.ResearchAndStatistics, Ministry, null, DataCategory.Demographic));
            Add(OtherNgo, i < 5 ? "NGA" : "BEN", Sex.Male, [ExploitationType.ForcedCriminality]);
        }

        // 2 nobody may count: shared for assistance only, and a revoked statistics consent.
        consents.Add(Consent(cases.Count, Purpose.Assistance, Ministry, null, (DataCategory)15));
        Add(OtherNgo, "NGA", Sex.Female, [ExploitationType.SexualExploitation]);
        consents.Add(Consent(cases.Count, Purpose.ResearchAndStatistics, null, AgencyKind.Ngo, (DataCategory)15, now.AddDays(-1)));
        consents.Add(Consent(cases.Count, Purpose.ResearchAndStatistics, Ministry, null, (DataCategory)15, now.AddDays(-1)));
        Add(OtherNgo, "NGA", Sex.Female, [ExploitationType.SexualExploitation]);

        return new OracleWorld
        {
            ReferenceTime = now,
            Agencies =
            [
                new(Owner, AgencyKind.Ngo, "NGA", AgencyStatus.Active), new(OtherNgo, AgencyKind.Ngo, "NGA", AgencyStatus.Active),
                new(Ministry, AgencyKind.Government, "NGA", AgencyStatus.Active), new(Lonely, AgencyKind.Ngo, "THA", AgencyStatus.Active),
            ],
            Cases = cases,
            Consents = consents,
        };
    }
}
