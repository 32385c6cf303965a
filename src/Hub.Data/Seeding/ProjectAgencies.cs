using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Who leads a project and who partners in it.</summary>
internal static class ProjectAgencies
{
    private static readonly Weighted<int> PartnerCounts = Weighted.Of((0, 20d), (1, 30d), (2, 25d), (3, 15d), (4, 10d));

    /// <summary>National agencies lead about half of the projects in their country; international
    /// organisations and migration-agency missions of the region lead the rest.</summary>
    public static int Lead(SeedRandom random, AgencyDirectory directory, string country)
    {
        var local = directory.InCountry(country)
            .Where(i => directory.IsActive(i) && directory.Agencies[i].Kind != AgencyKind.InternationalOrganization)
            .ToList();
        if (local.Count > 0 && random.Chance(0.55))
        {
            return random.Pick(local);
        }

        var region = CountryCatalogue.RegionOf(country);
        var missions = Enumerable.Range(0, directory.Agencies.Count)
            .Where(i => directory.IsActive(i) && directory.Agencies[i].Kind == AgencyKind.MigrationAgencyMission && region.Contains(directory.Agencies[i].CountryCode))
            .ToList();
        if (missions.Count > 0 && random.Chance(0.4))
        {
            return random.Pick(missions);
        }

        var internationals = Enumerable.Range(0, directory.Agencies.Count)
            .Where(i => directory.IsActive(i) && directory.Agencies[i].Kind == AgencyKind.InternationalOrganization)
            .ToList();
        return random.Pick(internationals);
    }

    public static List<Guid> Partners(SeedRandom random, AgencyDirectory directory, int lead, string[] countries)
    {
        var pool = countries.SelectMany(directory.InCountry).Where(i => i != lead && directory.IsActive(i)).ToList();
        if (random.Chance(0.3))
        {
            pool.AddRange(Enumerable.Range(0, directory.Agencies.Count)
                .Where(i => i != lead && directory.Agencies[i].Kind == AgencyKind.InternationalOrganization && !pool.Contains(i)));
        }

        return [.. random.Distinct(pool, PartnerCounts.Pick(random)).Select(i => directory.Agencies[i].Id)];
    }
}
