using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Consents recorded by the owner. The first is for assistance and usually names the agency
/// the case was referred to; later ones cover return, legal proceedings or statistics. About one in
/// ten has expired and one in twenty was revoked; the rest stay valid for six months to three years
/// after the anchor, the day the data is generated.</summary>
internal sealed class ConsentGenerator(AgencyDirectory directory, DateTime anchor)
{
    private const int Day = 86_400;

    private static readonly Weighted<int> Counts = Weighted.Of((1, 50d), (2, 35d), (3, 15d));

    private static readonly Weighted<Purpose> LaterPurposes = Weighted.Of(
        (Purpose.Assistance, 30d), (Purpose.ReturnAndReintegration, 25d), (Purpose.LegalProceedings, 20d), (Purpose.ResearchAndStatistics, 25d));

    private readonly int[] internationals = [.. Enumerable.Range(0, directory.Agencies.Count)
        .Where(i => directory.Agencies[i].Kind == AgencyKind.InternationalOrganization)];

    public void Generate(SeedRandom random, Case @case, int owner, List<Referral> referrals, CaseBatch batch)
    {
        if (random.Chance(0.15))
        {
            return;
        }

        var count = Counts.Pick(random);
        var ownerAgency = directory.Agencies[owner];
        var given = new List<(Purpose, Guid?, AgencyKind?, string?)>();
        for (var n = 0; n < count; n++)
        {
            var purpose = n == 0 ? Purpose.Assistance : LaterPurposes.Pick(random);
            var (agency, kind, country) = Recipient(random, purpose, n, @case, ownerAgency, referrals);
            if (given.Contains((purpose, agency, kind, country)))
            {
                continue;
            }

            given.Add((purpose, agency, kind, country));
            var consent = new Consent
            {
                Id = random.NextGuid(),
                CaseId = @case.Id,
                Purpose = purpose,
                RecipientAgencyId = agency,
                RecipientKind = kind,
                RecipientCountryCode = country,
                Categories = ConsentCategories.Draw(random, purpose),
                Evidence = random.Chance(0.65) ? ConsentEvidence.Written : ConsentEvidence.Verbal,
                InterpreterUsed = random.Chance(@case.CitizenshipCode != @case.CountryOfIdentificationCode ? 0.45 : 0.1),
                RecordedBy = random.Pick(directory.Staff[owner]),
            };
            Dates(random, consent, Granted(random, @case, referrals, agency));
            batch.Consents.Add(consent);
        }
    }

    private (Guid? Agency, AgencyKind? Kind, string? Country) Recipient(
        SeedRandom random, Purpose purpose, int ordinal, Case @case, Agency owner, List<Referral> referrals)
    {
        switch (purpose)
        {
            case Purpose.Assistance when referrals.Count > ordinal:
                var referral = referrals[ordinal];
                if (random.Chance(0.75))
                {
                    return (referral.ToAgencyId, null, null);
                }

                var to = directory.Agencies.First(a => a.Id == referral.ToAgencyId);
                return (null, to.Kind, to.CountryCode);
            case Purpose.Assistance:
                return Direct(random, owner, owner.CountryCode, AgencyKind.Ngo, 0.5) ?? (null, AgencyKind.Ngo, owner.CountryCode);
            case Purpose.ReturnAndReintegration:
                var home = @case.CitizenshipCode ?? owner.CountryCode;
                return Direct(random, owner, home, AgencyKind.MigrationAgencyMission, 0.5) ?? (null, AgencyKind.MigrationAgencyMission, home);
            case Purpose.LegalProceedings:
                return Direct(random, owner, owner.CountryCode, AgencyKind.Government, 0.6) ?? (null, AgencyKind.Government, owner.CountryCode);
            default:
                return random.Chance(0.35)
                    ? (directory.Agencies[random.Pick(internationals)].Id, null, null)
                    : (null, AgencyKind.Government, owner.CountryCode);
        }
    }

    /// <summary>An agency of the kind in the country other than the owner, with the given chance.</summary>
    private (Guid?, AgencyKind?, string?)? Direct(SeedRandom random, Agency owner, string country, AgencyKind kind, double chance)
    {
        var fitting = directory.InCountry(country)
            .Select(i => directory.Agencies[i])
            .Where(a => a.Kind == kind && a.Id != owner.Id)
            .ToList();
        return fitting.Count > 0 && random.Chance(chance) ? (random.Pick(fitting).Id, null, null) : null;
    }

    /// <summary>Consent for a referral is taken just before it; the others soon after registration.</summary>
    private DateTime Granted(SeedRandom random, Case @case, List<Referral> referrals, Guid? agency)
    {
        var referral = agency is null ? null : referrals.Find(r => r.ToAgencyId == agency);
        var granted = referral is not null
            ? referral.ReferredOn.AddSeconds(-random.Next(0, 3 * Day))
            : @case.RegisteredOn.AddSeconds(random.Next(0, 30 * Day));
        return granted < @case.RegisteredOn ? @case.RegisteredOn : granted >= anchor ? random.Between(@case.RegisteredOn, anchor) : granted;
    }

    private void Dates(SeedRandom random, Consent consent, DateTime granted)
    {
        var state = random.NextDouble();
        var sinceGranted = (anchor - granted).TotalSeconds;
        if (state < 0.10 && sinceGranted > 2 * Day)
        {
            // Expired before the anchor.
            consent.GrantedOn = granted;
            var validity = random.Next(30 * Day, 730 * Day);
            consent.ExpiresOn = validity < sinceGranted ? granted.AddSeconds(validity) : random.Between(granted.AddSeconds(Day), anchor);
            consent.RecordedOn = consent.GrantedOn;
            return;
        }

        // Consents of old cases that are still valid were renewed within the last two years.
        consent.GrantedOn = sinceGranted > 3 * 365d * Day ? random.Between(anchor.AddDays(-730), anchor.AddDays(-30)) : granted;
        consent.ExpiresOn = anchor.AddSeconds(random.Next(180 * Day, 1_095 * Day));
        consent.RecordedOn = consent.GrantedOn;
        if (state >= 0.10 && state < 0.15)
        {
            var revoked = random.Between(consent.GrantedOn, anchor);
            consent.RevokedOn = revoked > consent.GrantedOn ? revoked : consent.GrantedOn.AddSeconds(1);
        }
    }
}
