using Hub.Api.Access;
using Hub.Api.Cases;
using Hub.Api.Consents;
using Hub.Api.Referrals;
using Hub.Data.Entities;
using D = Hub.Api.Statistics.StatisticsDimension;

namespace Hub.Api.Statistics;

/// <summary>Every dimension of the statistics, declared once: the schema's enum, the grouping in
/// SQL, the gates and the CSV headers all come from here.</summary>
internal static class Dimensions
{
    private const CountedUnit Both = CountedUnit.Cases | CountedUnit.Referrals;
    private const DataCategory Demographic = DataCategory.Demographic;
    private const DataCategory Trafficking = DataCategory.TraffickingExperience;
    private const DataCategory Assistance = DataCategory.Assistance;

    public static readonly IReadOnlyList<Dimension> All =
    [
        new Dimension { Name = D.CountryOfIdentification, Hashtag = "#country+code+identified", Units = Both, Category = Demographic, OfCase = Text(c => c.CountryOfIdentificationCode),
            Description = "The country where the person was identified (ISO 3166-1 alpha-3). DEMOGRAPHIC." },
        new Dimension { Name = D.Citizenship, Hashtag = "#country+code+citizenship", Units = Both, Category = Demographic, OfCase = Text(c => c.CitizenshipCode),
            Description = "The person's citizenship (ISO 3166-1 alpha-3). DEMOGRAPHIC." },
        new Dimension { Name = D.CountryOfExploitation, Hashtag = "#country+code+exploited", Units = Both, Category = Trafficking, OfCase = Text(c => c.CountryOfExploitationCode),
            Description = "The country where the person was exploited (ISO 3166-1 alpha-3). TRAFFICKING_EXPERIENCE." },
        new Dimension { Name = D.Sex, Hashtag = "#group+sex", Units = Both, Category = Demographic, OfCase = Text(c => c.Sex == null ? null : c.Sex.Value.ToString()),
            Description = "The person's sex, as the `Sex` enum names it. DEMOGRAPHIC." }.Of<SexGraphType, Sex>(),
        new Dimension { Name = D.AgeBracket, Hashtag = "#group+age", Units = Both, Category = Demographic, OfCase = Text(c => c.AgeBracket == null ? null : c.AgeBracket.Value.ToString()),
            Description = "The person's age at identification, as the `AgeBracket` enum names it. DEMOGRAPHIC." }.Of<AgeBracketGraphType, AgeBracket>(),
        new Dimension { Name = D.ExploitationType, Hashtag = "#cause+exploitation", Units = Both, Category = Trafficking,
            Values = db => db.CaseExploitationTypes.Select(e => new DimensionValueRow { OwnerId = e.CaseId, Value = e.Type.ToString() }),
            Description = "The type of exploitation, as the `ExploitationType` enum names it. A case counts once for each of its types. TRAFFICKING_EXPERIENCE." }.Of<ExploitationTypeGraphType, ExploitationType>(),
        new Dimension { Name = D.MeansOfControl, Hashtag = "#cause+control", Units = Both, Category = Trafficking,
            Values = db => db.CaseMeansOfControl.Select(e => new DimensionValueRow { OwnerId = e.CaseId, Value = e.Means.ToString() }),
            Description = "The means of control, as the `MeansOfControl` enum names it. A case counts once for each of its means. TRAFFICKING_EXPERIENCE." }.Of<MeansOfControlGraphType, MeansOfControl>(),
        new Dimension { Name = D.ServiceNeeded, Hashtag = "#service+needed", Units = CountedUnit.Cases, Category = Assistance,
            Values = db => db.CaseServices.Select(e => new DimensionValueRow { OwnerId = e.CaseId, Value = e.Service.ToString() }),
            Description = "A service the person needs, as the `Service` enum names it. A case counts once for each. ASSISTANCE; case statistics only." }.Of<ServiceGraphType, Service>(),
        new Dimension { Name = D.ServiceReceived, Hashtag = "#service+received", Units = CountedUnit.Cases, Category = Assistance,
            Values = db => db.CaseServices.Where(e => e.Received).Select(e => new DimensionValueRow { OwnerId = e.CaseId, Value = e.Service.ToString() }),
            Description = "A service the person has received, as the `Service` enum names it. A case counts once for each. ASSISTANCE; case statistics only." }.Of<ServiceGraphType, Service>(),
        new Dimension { Name = D.CaseStatus, Hashtag = "#status+case", Units = CountedUnit.Cases, Category = Assistance, OfCase = Text(c => c.Status.ToString()),
            Description = "Where the case stands, as the `CaseStatus` enum names it. ASSISTANCE; case statistics only." }.Of<CaseStatusGraphType, CaseStatus>(),
        new Dimension { Name = D.YearOfRegistration, Hashtag = "#date+year+registered", Units = Both, OfCase = Number(c => c.RegisteredOn.Year),
            Description = "The year (UTC) the case was registered." },
        new Dimension { Name = D.YearOfReferral, Hashtag = "#date+year+referred", Units = CountedUnit.Referrals, OfReferral = OfReferral(r => r.ReferredOn.Year),
            Description = "The year (UTC) the referral was made. Referral statistics only." },
        new Dimension { Name = D.ReferralStatus, Hashtag = "#status+referral", Units = CountedUnit.Referrals, OfReferral = OfReferral(r => r.Status.ToString()),
            Description = "Where the referral stands, as the `ReferralStatus` enum names it. Referral statistics only." }.Of<ReferralStatusGraphType, ReferralStatus>(),
        new Dimension { Name = D.Purpose, Hashtag = "#meta+purpose", Units = CountedUnit.Referrals, OfReferral = OfReferral(r => r.Purpose.ToString()),
            Description = "What the case was referred for, as the `Purpose` enum names it. Referral statistics only." }.Of<PurposeGraphType, Purpose>(),
        new Dimension { Name = D.ServiceReferred, Hashtag = "#service+referred", Units = CountedUnit.Referrals, KeyedByReferral = true,
            Values = db => db.ReferralServices.Select(e => new DimensionValueRow { OwnerId = e.ReferralId, Value = e.Service.ToString() }),
            Description = "A service the referral asks for, as the `Service` enum names it. A referral counts once for each. Referral statistics only." }.Of<ServiceGraphType, Service>(),
    ];

    public static readonly IReadOnlyDictionary<StatisticsDimension, Dimension> ByName = All.ToDictionary(d => d.Name);

    /// <summary>The dimensions as the README's table lists them.</summary>
    public static string Table() => string.Join('\n', [
        "| dimension | counts | category | HXL hashtag | what it holds |",
        "|---|---|---|---|---|",
        .. All.Select(d => $"| `{StatisticsDimensionGraphType.NameOf(d.Name)}` | {Units(d.Units)} | {(d.Category is { } c ? CaseCategories.SchemaName(c) : "none")} | `{d.Hashtag}` | {d.Description} |"),
    ]);

    private static string Units(CountedUnit units) => units switch
    {
        CountedUnit.Cases => "cases",
        CountedUnit.Referrals => "referrals",
        _ => "cases, referrals",
    };

    private static System.Linq.Expressions.Expression<Func<Referral, T>> OfReferral<T>(System.Linq.Expressions.Expression<Func<Referral, T>> column) => column;

    private static System.Linq.Expressions.Expression<Func<Case, string?>> Text(System.Linq.Expressions.Expression<Func<Case, string?>> column) => column;

    private static System.Linq.Expressions.Expression<Func<Case, int>> Number(System.Linq.Expressions.Expression<Func<Case, int>> column) => column;
}
