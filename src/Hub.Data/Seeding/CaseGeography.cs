namespace Hub.Data.Seeding;

/// <summary>The three countries of a case. A third of cases are domestic; most others were
/// identified either where they were exploited or after returning home, so citizenship and country
/// of exploitation usually differ.</summary>
internal static class CaseGeography
{
    public static (string? Citizenship, string? Identification, string? Exploitation) Generate(SeedRandom random, string ownerCountry)
    {
        var identification = random.Chance(0.92) ? ownerCountry : Neighbour(random, ownerCountry) ?? ownerCountry;
        string citizenship;
        string exploitation;
        var scenario = random.NextDouble();
        if (scenario < 0.33)
        {
            citizenship = identification;
            exploitation = identification;
        }
        else if (scenario < 0.68)
        {
            // Identified in the country of destination, or in transit on the way home.
            exploitation = random.Chance(0.85) ? identification : Other(random, TraffickingFlows.Destinations, identification);
            citizenship = random.Chance(0.55)
                ? Neighbour(random, identification) ?? Other(random, TraffickingFlows.Origins, identification)
                : Other(random, TraffickingFlows.Origins, identification);
        }
        else
        {
            // Identified after returning home.
            citizenship = identification;
            exploitation = random.Chance(0.45)
                ? Neighbour(random, identification) ?? Other(random, TraffickingFlows.Destinations, identification)
                : Other(random, TraffickingFlows.Destinations, identification);
        }

        return (
            random.Chance(0.03) ? null : citizenship,
            random.Chance(0.01) ? null : identification,
            random.Chance(0.04) ? null : exploitation);
    }

    /// <summary>Another country of the same region, or null when the region has only this one.</summary>
    private static string? Neighbour(SeedRandom random, string country)
    {
        var region = CountryCatalogue.RegionOf(country);
        if (region.Count < 2)
        {
            return null;
        }

        var index = random.Next(region.Count - 1);
        return region[index] == country ? region[^1] : region[index];
    }

    private static string Other(SeedRandom random, Weighted<string> flows, string country)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var pick = flows.Pick(random);
            if (pick != country)
            {
                return pick;
            }
        }

        return Neighbour(random, country) ?? flows.Values[0];
    }
}
