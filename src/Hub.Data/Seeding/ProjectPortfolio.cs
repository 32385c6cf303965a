using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>The generated projects and their rows, with the lookups activities and referrals need.
/// Projects are addressed by their index in <see cref="Projects"/>.</summary>
internal sealed class ProjectPortfolio
{
    private readonly Dictionary<string, List<int>> byCountry = [];

    public List<Project> Projects { get; } = [];

    public List<ProjectCountry> Countries { get; } = [];

    public List<ProjectPartner> Partners { get; } = [];

    public List<DonorContribution> Contributions { get; } = [];

    /// <summary>Per project, its country codes, the first being where it is led from.</summary>
    public List<string[]> CountriesOf { get; } = [];

    public void Add(Project project, string[] countries, IEnumerable<Guid> partners, IEnumerable<DonorContribution> contributions)
    {
        var index = Projects.Count;
        Projects.Add(project);
        CountriesOf.Add(countries);
        foreach (var code in countries)
        {
            Countries.Add(new ProjectCountry { ProjectId = project.Id, CountryCode = code });
            if (!byCountry.TryGetValue(code, out var list))
            {
                list = [];
                byCountry[code] = list;
            }

            list.Add(index);
        }

        Partners.AddRange(partners.Select(a => new ProjectPartner { ProjectId = project.Id, AgencyId = a }));
        Contributions.AddRange(contributions);
    }

    /// <summary>A project running in one of the two countries on that day that could have paid for a
    /// referral, protection projects first; null when none runs there then.</summary>
    public Guid? FundingProject(string country, string otherCountry, DateOnly day, SeedRandom random)
    {
        var running = new List<Project>();
        Collect(country, day, running);
        if (otherCountry != country)
        {
            Collect(otherCountry, day, running);
        }

        if (running.Count == 0)
        {
            return null;
        }

        var protection = running.Where(p => p.Focus == ProjectFocus.Protection).ToList();
        return protection.Count > 0 && random.Chance(0.8) ? random.Pick(protection).Id : random.Pick(running).Id;
    }

    private void Collect(string country, DateOnly day, List<Project> running)
    {
        if (!byCountry.TryGetValue(country, out var indices))
        {
            return;
        }

        foreach (var index in indices)
        {
            var project = Projects[index];
            if (project.Status != ProjectStatus.Cancelled && project.StartsOn <= day && day <= project.EndsOn && !running.Contains(project))
            {
                running.Add(project);
            }
        }
    }
}
