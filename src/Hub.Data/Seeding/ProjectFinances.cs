using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>The financial fields of a project: its budget and the donors' contributions to it.</summary>
internal static class ProjectFinances
{
    /// <summary>Skewed towards small grants, larger for multi-country projects; whole thousands.</summary>
    public static long Budget(SeedRandom random, int countryCount)
    {
        var u = random.NextDouble();
        var budget = (150_000 + (u * u * 4_850_000)) * (1 + (0.35 * (countryCount - 1)));
        return (long)(budget / 1000) * 1000;
    }

    /// <summary>The donors' shares of the budget, the lead donor first and largest, in the years the
    /// project runs; they add up to the budget.</summary>
    public static List<DonorContribution> Contributions(SeedRandom random, Project project, List<string> donors)
    {
        var shares = donors.Select((_, i) => (i == 0 ? 2.0 : 0.5) + random.NextDouble()).ToList();
        var total = shares.Sum();
        var contributions = new List<DonorContribution>();
        var remaining = project.BudgetUsd;
        for (var i = 0; i < donors.Count; i++)
        {
            var amount = i == donors.Count - 1 ? remaining : (long)(project.BudgetUsd * shares[i] / total / 1000) * 1000;
            remaining -= amount;
            contributions.Add(new DonorContribution
            {
                Id = random.NextGuid(),
                ProjectId = project.Id,
                Donor = donors[i],
                Year = i == 0 ? project.StartsOn.Year : random.Next(project.StartsOn.Year, project.EndsOn.Year + 1),
                AmountUsd = amount,
            });
        }

        return contributions;
    }
}
