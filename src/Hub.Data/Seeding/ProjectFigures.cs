using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Targets follow the focus and the budget; results follow the share of the project period
/// that has passed at the anchor, with the usual over- and under-achievement.</summary>
internal static class ProjectFigures
{
    public static void Apply(SeedRandom random, Project project, DateOnly anchorDay)
    {
        var perHundredThousand = project.BudgetUsd / 100_000d;
        var (assisted, trained, reached) = project.Focus switch
        {
            ProjectFocus.Protection => (40, 20, 400),
            ProjectFocus.Prevention => (5, 15, 3000),
            ProjectFocus.Prosecution => (8, 60, 300),
            _ => (10, 40, 500),
        };
        project.TargetPeopleAssisted = Target(random, assisted * perHundredThousand);
        project.TargetPeopleTrained = Target(random, trained * perHundredThousand);
        project.TargetPeopleReached = Target(random, reached * perHundredThousand);

        var period = project.EndsOn.DayNumber - project.StartsOn.DayNumber + 1;
        var elapsed = Math.Clamp((anchorDay.DayNumber - project.StartsOn.DayNumber) / (double)period, 0, 1);
        var (low, high) = project.Status switch
        {
            ProjectStatus.Planned => (0d, 0d),
            ProjectStatus.Completed => (0.7, 1.3),
            ProjectStatus.Cancelled => (0.1 * elapsed, 0.5 * elapsed),
            _ => (0.6 * elapsed, 1.3 * elapsed),
        };
        project.ResultPeopleAssisted = Result(random, project.TargetPeopleAssisted, low, high);
        project.ResultPeopleTrained = Result(random, project.TargetPeopleTrained, low, high);
        project.ResultPeopleReached = Result(random, project.TargetPeopleReached, low, high);
    }

    private static int Target(SeedRandom random, double expected) =>
        Math.Max(10, (int)(expected * (0.6 + (0.8 * random.NextDouble())) / 10) * 10);

    private static int Result(SeedRandom random, int target, double low, double high) =>
        (int)(target * (low + ((high - low) * random.NextDouble())));
}
