using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

/// <summary>Bounds for <see cref="RandomWorld.Generate(int, DateTime, RandomWorldOptions?)"/>.</summary>
public sealed record RandomWorldOptions
{
    public int MinAgencies { get; init; } = 3;
    public int MaxAgencies { get; init; } = 8;
    public int MinCases { get; init; } = 5;
    public int MaxCases { get; init; } = 40;
    public int MaxConsentsPerCase { get; init; } = 4;
    public int MaxReferralsPerCase { get; init; } = 2;

    /// <summary>The chance that an agency is suspended.</summary>
    public double SuspendedShare { get; init; } = 0.2;

    /// <summary>The chance that a nullable scalar field is null.</summary>
    public double NullShare { get; init; } = 0.25;

    public IReadOnlyList<string> Countries { get; init; } = ["NGA", "THA", "KEN"];
}

/// <summary>Random worlds, deterministic per seed (and reference time). Every consent instant lies a
/// whole number of hours, at least one, away from the reference time, so the oracle answers the same
/// for any request time within an hour of it: a test can date the world around the server's "now".</summary>
public static class RandomWorld
{
    public static DateTime DefaultReferenceTime { get; } = new(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>Roles callers are drawn from; the last one opens no case category.</summary>
    public static IReadOnlyList<string> CallerRoles { get; } = [OracleRoles.CasesRead, OracleRoles.CasesReadIdentity, "Projects.Read"];

    private static readonly string[] GivenNames = ["Amina", "Somchai", "Wanjiru", "Chinedu", "Nok", "Otieno", "Ngozi", "Ploy"];
    private static readonly string[] FamilyNames = ["Okafor", "Srisuk", "Kamau", "Adeyemi", "Wongsa", "Mwangi"];
    private static readonly string[] Locations = ["Lagos", "Bangkok", "Nairobi", "Mombasa", "Chiang Mai", "Kano", "Shelter 4"];

    public static OracleWorld Generate(int seed) => Generate(seed, DefaultReferenceTime, options: null);

    public static OracleWorld Generate(int seed, DateTime referenceTime, RandomWorldOptions? options)
    {
        options ??= new RandomWorldOptions();
        var random = new Random(seed);
        var g = new Generator(random, options, referenceTime);

        var agencies = Enumerable.Range(0, g.Between(options.MinAgencies, options.MaxAgencies)).Select(_ => g.Agency()).ToList();
        var cases = Enumerable.Range(0, g.Between(options.MinCases, options.MaxCases)).Select(_ => g.Case(agencies)).ToList();
        var consents = cases.SelectMany(c => Enumerable.Range(0, g.Between(0, options.MaxConsentsPerCase)).Select(_ => g.Consent(c, agencies))).ToList();
        var callers = agencies.SelectMany(a => Enumerable.Range(0, g.Between(1, 2)).Select(_ => g.Caller(a))).ToList();
        var referrals = OneOpenPerRecipient(cases.SelectMany(c => Enumerable.Range(0, g.Between(0, options.MaxReferralsPerCase)).Select(_ => g.Referral(c, agencies))).ToList());

        // A case has one open referral to an agency at a time (the Hub's unique index says so):
        // a second one drawn open is taken as declined.
        static List<OracleReferral> OneOpenPerRecipient(List<OracleReferral> drawn)
        {
            var open = new HashSet<(Guid, Guid)>();
            return [.. drawn.Select(r => r.Status is not (ReferralStatus.Pending or ReferralStatus.Accepted) || open.Add((r.CaseId, r.ToAgencyId)) ? r : r with { Status = ReferralStatus.Declined })];
        }

        return new OracleWorld
        {
            Agencies = agencies,
            Cases = cases,
            Consents = consents,
            Callers = callers,
            Referrals = referrals,
            ReferenceTime = referenceTime,
        };
    }

    private sealed class Generator(Random random, RandomWorldOptions options, DateTime now)
    {
        public int Between(int min, int max) => random.Next(min, max + 1);

        private bool Chance(double p) => random.NextDouble() < p;

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private Guid NewId()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        private T? Maybe<T>(Func<T> value)
            where T : struct => Chance(options.NullShare) ? null : value();

        private string? MaybeText(Func<string> value) => Chance(options.NullShare) ? null : value();

        private TEnum Any<TEnum>()
            where TEnum : struct, Enum => Pick(Enum.GetValues<TEnum>());

        private List<TEnum> Some<TEnum>()
            where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Where(_ => Chance(0.25))];

        private DateTime Hours(int hours) => now.AddHours(hours);

        public OracleAgency Agency() => new(
            NewId(),
            Any<AgencyKind>(),
            Pick(options.Countries),
            Chance(options.SuspendedShare) ? AgencyStatus.Suspended : AgencyStatus.Active);

        public OracleCaller Caller(OracleAgency agency) =>
            new(agency.Id, new HashSet<string>(CallerRoles.Where(_ => Chance(0.5)), StringComparer.Ordinal));

        public OracleCase Case(IReadOnlyList<OracleAgency> agencies)
        {
            var needed = Some<Service>();
            return new OracleCase(
                NewId(),
                Pick(agencies).Id,
                new OracleIdentity
                {
                    GivenName = MaybeText(() => Pick(GivenNames)),
                    FamilyName = MaybeText(() => Pick(FamilyNames)),
                    DateOfBirth = Maybe(() => new DateOnly(1970, 1, 1).AddDays(random.Next(0, 365 * 50))),
                    Phone = MaybeText(() => $"+{random.Next(200, 300)} {random.Next(1_000_000, 10_000_000)}"),
                    CurrentLocation = MaybeText(() => Pick(Locations)),
                    DocumentNumber = MaybeText(() => $"A{random.Next(1_000_000, 10_000_000)}"),
                },
                new OracleDemographic
                {
                    Sex = Maybe(Any<Sex>),
                    AgeBracket = Maybe(Any<AgeBracket>),
                    Citizenship = MaybeText(() => Pick(options.Countries)),
                    CountryOfIdentification = MaybeText(() => Pick(options.Countries)),
                },
                new OracleTraffickingExperience
                {
                    ExploitationTypes = Some<ExploitationType>(),
                    LabourSector = Maybe(Any<LabourSector>),
                    MeansOfControl = Some<MeansOfControl>(),
                    RecruitmentMethod = Maybe(Any<RecruitmentMethod>),
                    RecruiterRelation = Maybe(Any<RecruiterRelation>),
                    TraffickingDuration = Maybe(Any<TraffickingDuration>),
                    CountryOfExploitation = MaybeText(() => Pick(options.Countries)),
                },
                new OracleAssistance
                {
                    ServicesNeeded = needed,
                    ServicesReceived = [.. needed.Where(_ => Chance(0.5))],
                    Status = Any<CaseStatus>(),
                });
        }

        public OracleConsent Consent(OracleCase c, IReadOnlyList<OracleAgency> agencies)
        {
            var purpose = Any<Purpose>();
            var categories = (DataCategory)random.Next(1, 16);
            Guid? recipient = null;
            AgencyKind? kind = null;
            string? country = null;
            if (Chance(0.6))
            {
                recipient = Pick(agencies).Id;
            }
            else if (Chance(0.7))
            {
                var named = Pick(agencies);
                (kind, country) = (named.Kind, named.CountryCode);
            }
            else
            {
                (kind, country) = (Any<AgencyKind>(), Pick(options.Countries));
            }

            var (granted, expires, revoked) = Dates();
            return new OracleConsent(c.Id, purpose, recipient, kind, country, categories, granted, expires, revoked);
        }

        /// <summary>Mostly from the owner, sometimes from another agency of the world (which may have
        /// received it before); never to the sender; any status; made a whole number of hours ago.</summary>
        public OracleReferral Referral(OracleCase c, IReadOnlyList<OracleAgency> agencies)
        {
            var from = Chance(0.7) ? c.OwnerAgencyId : Pick(agencies).Id;
            var others = agencies.Where(a => a.Id != from).ToList();
            return new OracleReferral(NewId(), c.Id, from, Pick(others).Id, Any<ReferralStatus>(), Hours(-Between(1, 2000)));
        }

        /// <summary>Active (some to be revoked later), not yet granted, expired, or revoked: every
        /// instant a whole number of hours, at least one, from now.</summary>
        private (DateTime Granted, DateTime Expires, DateTime? Revoked) Dates()
        {
            switch (random.Next(4))
            {
                case 0:
                    var activeUntil = Between(1, 2000);
                    return (Hours(-Between(1, 2000)), Hours(activeUntil), Chance(0.2) ? Hours(Between(1, activeUntil)) : null);
                case 1:
                    var from = Between(1, 500);
                    return (Hours(from), Hours(from + Between(1, 2000)), null);
                case 2:
                    var grantedAgo = Between(2, 4000);
                    return (Hours(-grantedAgo), Hours(-Between(1, grantedAgo - 1)), null);
                default:
                    var revokedAgo = Between(1, 2000);
                    var grantedBefore = revokedAgo + Between(0, 2000);
                    var expires = Chance(0.5) ? Hours(Between(1, 2000)) : Hours(-Between(1, revokedAgo));
                    return (Hours(-grantedBefore), expires, Hours(-revokedAgo));
            }
        }
    }
}
