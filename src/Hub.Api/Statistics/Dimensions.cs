using System.Globalization;
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

    private static readonly Func<object, string> Code = value => (string)value;

    private static readonly Func<object, string> Year = value => ((int)value).ToString(CultureInfo.InvariantCulture);

    public static readonly IReadOnlyList<Dimension> All =
    [
        new() { Name = D.CountryOfIdentification, Hashtag = "#country+code+identified", Units = Both, Category = Demographic, OfCase = Text(c => c.CountryOfIdentificationCode), Show = Code,
            Description = "The country where the person was identified (ISO 3166-1 alpha-3). DEMOGRAPHIC." },
        new() { Name = D.Citizenship, Hashtag = "#country+code+citizenship", Units = Both, Category = Demographic, OfCase = Text(c => c.CitizenshipCode), Show = Code,
            Description = "The person's citizenship (ISO 3166-1 alpha-3). DEMOGRAPHIC." },
        new() { Name = D.CountryOfExploitation, Hashtag = "#country+code+exploited", Units = Both, Category = Trafficking, OfCase = Text(c => c.CountryOfExploitationCode), Show = Code,
            Description = "The country where the person was exploited (ISO 3166-1 alpha-3). TRAFFICKING_EXPERIENCE." },
        new() { Name = D.Sex, Hashtag = "#group+sex", Units = Both, Category = Demographic, OfCase = Text(c => c.Sex == null ? null : c.Sex.Value.ToString()), Show = Dimension.Named<SexGraphType, Sex>(),
            Description = "The person's sex, as the `Sex` enum names it. DEMOGRAPHIC." },
        new() { Name = D.AgeBracket, Hashtag = "#group+age", Units = Both, Category = Demographic, OfCase = Text(c => c.AgeBracket == null ? null : c.AgeBracket.Value.ToString()), Show = Dimension.Named<AgeBracketGraphType, AgeBracket>(),
            Description = "The person's age at identification, as the `AgeBracket` enum names it. DEMOGRAPHIC." },
        new() { Name = D.ExploitationType, Hashtag = "#cause+exploitation", Units = Both, Category = Trafficking, Show = Dimension.Named<ExploitationTypeGraphType, ExploitationType>(),
            Values = db => db.CaseExploitationTypes.Select(e => new DimensionValueRow { OwnerId = e.CaseId, Value = e.Type.ToString() }),
            Description = "The type of exploitation, as the `ExploitationType` enum names it. A case counts once for each of its types. TRAFFICKING_EXPERIENCE." },
        new() { Name = D.MeansOfControl, Hashtag = "#cause+control", Units = Both, Category = Trafficking, Show = Dimension.Named<MeansOfControlGraphType, MeansOfControl>(),
            Values = db => db.CaseMeansOfControl.Select(e => new DimensionValueRow { OwnerId = e.CaseId, Value = e.Means.ToString() }),
            Description = "The means of control, as the `MeansOfControl` enum names it. A case counts once for each of its means. TRAFFICKING_EXPERIENCE." },
        new() { Name = D.ServiceNeeded, Hashtag = "#service+needed", Units = CountedUnit.Cases, Category = Assistance, Show = Dimension.Named<ServiceGraphType, Service>(),
            Values = db => db.CaseServices.Select(e => new DimensionValueRow { OwnerId = e.CaseId, Value = e.Service.ToString() }),
            Description = "A service the person needs, as the `Service` enum names it. A case counts once for each. ASSISTANCE; case statistics only." },
        new() { Name = D.ServiceReceived, Hashtag = "#service+received", Units = CountedUnit.Cases, Category = Assistance, Show = Dimension.Named<ServiceGraphType, Service>(),
            Values = db => db.CaseServices.Where(e => e.Received).Select(e => new DimensionValueRow { OwnerId = e.CaseId, Value = e.Service.ToString() }),
            Description = "A service the person has received, as the `Service` enum names it. A case counts once for each. ASSISTANCE; case statistics only." },
        new() { Name = D.CaseStatus, Hashtag = "#status+case", Units = CountedUnit.Cases, Category = Assistance, OfCase = Text(c => c.Status.ToString()), Show = Dimension.Named<CaseStatusGraphType, CaseStatus>(),
            Description = "Where the case stands, as the `CaseStatus` enum names it. ASSISTANCE; case statistics only." },
        new() { Name = D.YearOfRegistration, Hashtag = "#date+year+registered", Units = Both, OfCase = Number(c => c.RegisteredOn.Year), Show = Year,
            Description = "The year (UTC) the case was registered." },
        new() { Name = D.YearOfReferral, Hashtag = "#date+year+referred", Units = CountedUnit.Referrals, OfReferral = OfReferral(r => r.ReferredOn.Year), Show = Year,
            Description = "The year (UTC) the referral was made. Referral statistics only." },
        new() { Name = D.ReferralStatus, Hashtag = "#status+referral", Units = CountedUnit.Referrals, OfReferral = OfReferral(r => r.Status.ToString()), Show = Dimension.Named<ReferralStatusGraphType, ReferralStatus>(),
            Description = "Where the referral stands, as the `ReferralStatus` enum names it. Referral statistics only." },
        new() { Name = D.Purpose, Hashtag = "#meta+purpose", Units = CountedUnit.Referrals, OfReferral = OfReferral(r => r.Purpose.ToString()), Show = Dimension.Named<PurposeGraphType, Purpose>(),
            Description = "What the case was referred for, as the `Purpose` enum names it. Referral statistics only." },
        new() { Name = D.ServiceReferred, Hashtag = "#service+referred", Units = CountedUnit.Referrals, KeyedByReferral = true, Show = Dimension.Named<ServiceGraphType, Service>(),
            Values = db => db.ReferralServices.Select(e => new DimensionValueRow { OwnerId = e.ReferralId, Value = e.Service.ToString() }),
            Description = "A service the referral asks for, as the `Service` enum names it. A referral counts once for each. Referral statistics only." },
    ];

    public static readonly IReadOnlyDictionary<StatisticsDimension, Dimension> ByName = All.ToDictionary(d => d.Name);

    private static System.Linq.Expressions.Expression<Func<Referral, T>> OfReferral<T>(System.Linq.Expressions.Expression<Func<Referral, T>> column) => column;

    private static System.Linq.Expressions.Expression<Func<Case, string?>> Text(System.Linq.Expressions.Expression<Func<Case, string?>> column) => column;

    private static System.Linq.Expressions.Expression<Func<Case, int>> Number(System.Linq.Expressions.Expression<Func<Case, int>> column) => column;
}
