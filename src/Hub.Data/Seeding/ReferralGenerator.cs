using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Referrals from the owner to other agencies, mostly in its own country, to the
/// citizenship country for returns. Their status follows their age: recent referrals are still
/// pending, old ones completed, declined or withdrawn; dates always run referred, responded, closed.</summary>
internal sealed class ReferralGenerator(AgencyDirectory directory, ProjectPortfolio portfolio, DateTime anchor)
{
    private static readonly Weighted<int> Counts = Weighted.Of((1, 50d), (2, 30d), (3, 15d), (4, 5d));
    private static readonly Weighted<int> ServiceCounts = Weighted.Of((1, 45d), (2, 35d), (3, 20d));

    private static readonly Weighted<ReferralStatus> FreshStatuses = Weighted.Of(
        (ReferralStatus.Pending, 55d), (ReferralStatus.Accepted, 30d), (ReferralStatus.Declined, 10d), (ReferralStatus.Withdrawn, 5d));

    private static readonly Weighted<ReferralStatus> RecentStatuses = Weighted.Of(
        (ReferralStatus.Pending, 10d), (ReferralStatus.Accepted, 50d), (ReferralStatus.Completed, 20d), (ReferralStatus.Declined, 12d), (ReferralStatus.Withdrawn, 8d));

    private static readonly Weighted<ReferralStatus> OldStatuses = Weighted.Of(
        (ReferralStatus.Pending, 2d), (ReferralStatus.Accepted, 10d), (ReferralStatus.Completed, 63d), (ReferralStatus.Declined, 15d), (ReferralStatus.Withdrawn, 10d));

    // Active national agencies take case referrals; international organisations do not.
    private readonly bool[] receives = [.. directory.Agencies.Select(a => a.Status == AgencyStatus.Active && a.Kind != AgencyKind.InternationalOrganization)];

    public List<Referral> Generate(SeedRandom random, Case @case, int owner, List<Service> needed, CaseBatch batch)
    {
        var referrals = new List<Referral>();
        if (!random.Chance(0.7))
        {
            return referrals;
        }

        var count = Counts.Pick(random);
        var ownerCountry = directory.Agencies[owner].CountryCode;
        var referredOn = @case.RegisteredOn.AddSeconds(random.Next(600, 10 * 86_400));
        if (referredOn >= anchor)
        {
            referredOn = random.Between(@case.RegisteredOn, anchor);
        }

        var used = new List<int> { owner };
        while (referrals.Count < count && referredOn < anchor)
        {
            var services = random.Distinct(needed, ServiceCounts.Pick(random));
            var recipient = Recipient(random, ownerCountry, @case.CitizenshipCode, services, used);
            if (recipient < 0)
            {
                break;
            }

            used.Add(recipient);
            var referral = new Referral
            {
                Id = random.NextGuid(),
                CaseId = @case.Id,
                FromAgencyId = directory.Agencies[owner].Id,
                ToAgencyId = directory.Agencies[recipient].Id,
                ReferredOn = referredOn,
                Purpose = Purpose.Assistance,
            };
            Progress(random, referral);
            referral.ChangedOn = referral.ClosedOn ?? referral.RespondedOn ?? referral.ReferredOn;
            if (random.Chance(0.33))
            {
                referral.ProjectId = portfolio.FundingProject(ownerCountry, directory.Agencies[recipient].CountryCode, DateOnly.FromDateTime(referredOn), random);
            }

            referrals.Add(referral);
            batch.Referrals.Add(referral);
            batch.ReferralServices.AddRange(services.Select(s => new ReferralService { ReferralId = referral.Id, Service = s, Delivered = referral.Status == ReferralStatus.Completed }));
            referredOn = referredOn.AddSeconds(random.Next(86_400, 90 * 86_400));
        }

        return referrals;
    }

    private int Recipient(SeedRandom random, string ownerCountry, string? citizenship, List<Service> services, List<int> used)
    {
        if (services.Contains(Service.Return) && citizenship is not null && citizenship != ownerCountry && random.Chance(0.7))
        {
            var home = Candidates(directory.InCountry(citizenship), used);
            if (home.Count > 0)
            {
                return random.Pick(home);
            }
        }

        var local = Candidates(directory.InCountry(ownerCountry), used);
        if (local.Count > 0 && random.Chance(0.85))
        {
            return random.Pick(local);
        }

        var region = CountryCatalogue.RegionOf(ownerCountry);
        var near = Candidates(region.SelectMany(directory.InCountry), used);
        if (near.Count > 0 && random.Chance(0.6))
        {
            return random.Pick(near);
        }

        var any = Candidates(Enumerable.Range(0, receives.Length), used);
        return any.Count > 0 ? random.Pick(any) : -1;
    }

    private List<int> Candidates(IEnumerable<int> agencies, List<int> used) =>
        [.. agencies.Where(i => receives[i] && !used.Contains(i))];

    private void Progress(SeedRandom random, Referral referral)
    {
        var age = anchor - referral.ReferredOn;
        var status = (age.TotalDays < 14 ? FreshStatuses : age.TotalDays < 90 ? RecentStatuses : OldStatuses).Pick(random);
        referral.Status = status;
        var responded = status is ReferralStatus.Accepted or ReferralStatus.Declined or ReferralStatus.Completed
            || (status == ReferralStatus.Withdrawn && random.Chance(0.4));
        if (responded)
        {
            referral.RespondedOn = After(random, referral.ReferredOn, 3_600, 10 * 86_400);
        }

        referral.ClosedOn = status switch
        {
            ReferralStatus.Completed => After(random, referral.RespondedOn!.Value, 7 * 86_400, 180 * 86_400),
            ReferralStatus.Declined => referral.RespondedOn,
            ReferralStatus.Withdrawn => After(random, referral.RespondedOn ?? referral.ReferredOn, 86_400, 60 * 86_400),
            _ => null,
        };
    }

    /// <summary>A later instant, between the given delays when that is still before the anchor,
    /// otherwise somewhere between the instant and the anchor.</summary>
    private DateTime After(SeedRandom random, DateTime from, int minSeconds, int maxSeconds)
    {
        var next = from.AddSeconds(random.Next(minSeconds, maxSeconds));
        if (next < anchor)
        {
            return next;
        }

        var between = random.Between(from, anchor);
        return between > from ? between : from.AddSeconds(1);
    }
}
