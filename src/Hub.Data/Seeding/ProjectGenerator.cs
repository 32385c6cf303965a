using System.Globalization;
using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Generates the project portfolio: every one of the 85 countries hosts at least one project,
/// projects start over the eight years before the anchor (a few are still planned), and figures
/// scale with budget and focus.</summary>
internal static class ProjectGenerator
{
    public const int ProjectCount = 500;

    private static readonly Weighted<int> CountryCounts = Weighted.Of((1, 55d), (2, 25d), (3, 12d), (4, 8d));
    private static readonly Weighted<int> ContributionCounts = Weighted.Of((1, 40d), (2, 30d), (3, 20d), (4, 10d));
    private static readonly Weighted<int> DurationMonths = Weighted.Of((12, 15d), (18, 15d), (24, 25d), (30, 10d), (36, 25d), (48, 10d));

    private static readonly Weighted<ProjectFocus> Focuses = Weighted.Of(
        (ProjectFocus.Protection, 35d), (ProjectFocus.Prevention, 30d), (ProjectFocus.Prosecution, 15d), (ProjectFocus.Partnership, 20d));

    public static ProjectPortfolio Generate(SeedRandom random, AgencyDirectory directory, DateTime anchor)
    {
        var anchorDay = DateOnly.FromDateTime(anchor);
        var firstStart = anchorDay.AddYears(-8);
        var startSpan = anchorDay.AddMonths(9).DayNumber - firstStart.DayNumber;
        var starts = Enumerable.Range(0, ProjectCount).Select(_ => firstStart.AddDays(random.Next(startSpan))).Order().ToList();
        var primaries = PrimaryCountries(random, directory);
        var titles = new ProjectTitles();
        var sequenceByYear = new Dictionary<int, int>();
        var portfolio = new ProjectPortfolio();

        for (var i = 0; i < ProjectCount; i++)
        {
            var startsOn = starts[i];
            var endsOn = startsOn.AddMonths(DurationMonths.Pick(random)).AddDays(-1);
            var countries = Countries(random, primaries[i]);
            var lead = ProjectAgencies.Lead(random, directory, countries[0]);
            var focus = Focuses.Pick(random);
            var status = Status(random, startsOn, endsOn, anchorDay);
            var budget = ProjectFinances.Budget(random, countries.Length);
            var donors = random.Distinct(Donors.All, ContributionCounts.Pick(random));
            var sequence = sequenceByYear.GetValueOrDefault(startsOn.Year) + 1;
            sequenceByYear[startsOn.Year] = sequence;

            var project = new Project
            {
                Id = random.NextGuid(),
                Code = string.Create(CultureInfo.InvariantCulture, $"CT-{startsOn.Year}-{sequence:D4}"),
                Title = titles.Compose(random, focus, countries),
                LeadAgencyId = directory.Agencies[lead].Id,
                Donor = donors[0],
                StartsOn = startsOn,
                EndsOn = endsOn,
                Status = status,
                Focus = focus,
                BudgetUsd = budget,
                ChangedOn = anchor,
            };
            ProjectFigures.Apply(random, project, anchorDay);
            portfolio.Add(project, countries, ProjectAgencies.Partners(random, directory, lead, countries), ProjectFinances.Contributions(random, project, donors));
        }

        return portfolio;
    }

    /// <summary>One project in every catalogue country, the rest favouring countries that have
    /// member agencies, in shuffled order so that no country's projects are all old.</summary>
    private static List<string> PrimaryCountries(SeedRandom random, AgencyDirectory directory)
    {
        var all = CountryCatalogue.All.Select(c => c.Code).ToList();
        var weighted = new Weighted<string>(all.Select(c => (c, directory.InCountry(c).Count > 0 ? 3d : 1d)));
        var primaries = all.Concat(Enumerable.Range(0, ProjectCount - all.Count).Select(_ => weighted.Pick(random))).ToList();
        return random.Distinct(primaries, primaries.Count);
    }

    private static string[] Countries(SeedRandom random, string primary)
    {
        var count = CountryCounts.Pick(random);
        var countries = new List<string> { primary };
        var region = CountryCatalogue.RegionOf(primary);
        for (var attempt = 0; countries.Count < count && attempt < 20; attempt++)
        {
            var next = random.Chance(0.75) ? random.Pick(region) : random.Pick(CountryCatalogue.All).Code;
            if (!countries.Contains(next))
            {
                countries.Add(next);
            }
        }

        return [.. countries];
    }

    private static ProjectStatus Status(SeedRandom random, DateOnly startsOn, DateOnly endsOn, DateOnly anchorDay)
    {
        if (startsOn > anchorDay)
        {
            return ProjectStatus.Planned;
        }

        if (endsOn < anchorDay)
        {
            return random.Chance(0.05) ? ProjectStatus.Cancelled : ProjectStatus.Completed;
        }

        return random.Chance(0.03) ? ProjectStatus.Cancelled : ProjectStatus.Ongoing;
    }
}
