using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Composes project titles the way proposals name them, and keeps them unique by numbering
/// follow-up phases as real portfolios do.</summary>
internal sealed class ProjectTitles
{
    private const int MaxLength = 200;
    // Ten phases of one title are more than 500 projects ever produce.
    private static readonly string[] Phases = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    private readonly Dictionary<string, int> used = [];

    public string Compose(SeedRandom random, ProjectFocus focus, IReadOnlyList<string> countryCodes)
    {
        var action = random.Pick(ProjectPhrases.Actions(focus));
        var subject = random.Pick(ProjectPhrases.Subjects);
        var group = random.Chance(0.3) ? " " + random.Pick(ProjectPhrases.Groups) : "";
        var title = $"{action} {subject}{group} {Where(countryCodes)}";
        if (title.Length > MaxLength)
        {
            title = $"{action} {subject} in {CountryCatalogue.Get(countryCodes[0]).Region}";
        }

        var seen = used.GetValueOrDefault(title);
        used[title] = seen + 1;
        return seen == 0 ? title : $"{title} (Phase {Phases[Math.Min(seen, Phases.Length) - 1]})";
    }

    private static string Where(IReadOnlyList<string> codes)
    {
        var countries = codes.Select(CountryCatalogue.Get).ToList();
        var regions = countries.Select(c => c.Region).Distinct().ToList();
        return (countries.Count, regions.Count) switch
        {
            (1, _) => $"in {countries[0].Name}",
            (2, 1) => $"in {countries[0].Name} and {countries[1].Name}",
            (2, _) => $"along the {countries[0].Name}–{countries[1].Name} Migration Corridor",
            (_, 1) => $"in {regions[0]}",
            _ => $"across {string.Join(", ", regions.SkipLast(1))} and {regions[^1]}",
        };
    }
}
