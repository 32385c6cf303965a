using System.Globalization;
using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Generates capacity-building activities inside the period and countries of their project.
/// Longer projects run more activities; outcomes are only measured once an activity has ended.</summary>
internal static class ActivityGenerator
{
    public const int ActivityCount = 2_000;

    private static readonly Weighted<ActivityKind> Kinds = Weighted.Of(
        (ActivityKind.Training, 40d), (ActivityKind.Workshop, 20d), (ActivityKind.SopDevelopment, 8d),
        (ActivityKind.TechnicalAssistance, 15d), (ActivityKind.StudyVisit, 7d), (ActivityKind.Equipment, 10d));

    private static readonly Dictionary<ProjectFocus, Weighted<TargetGroup>> GroupsByFocus = new()
    {
        [ProjectFocus.Prosecution] = Weighted.Of(
            (TargetGroup.Police, 35d), (TargetGroup.ProsecutorsAndJudges, 35d), (TargetGroup.BorderAndImmigration, 20d), (TargetGroup.LabourInspectors, 10d)),
        [ProjectFocus.Protection] = Weighted.Of(
            (TargetGroup.SocialWorkers, 35d), (TargetGroup.NgoStaff, 30d), (TargetGroup.HealthWorkers, 15d), (TargetGroup.ConsularStaff, 15d), (TargetGroup.Police, 5d)),
        [ProjectFocus.Prevention] = Weighted.Of(
            (TargetGroup.LabourInspectors, 30d), (TargetGroup.BorderAndImmigration, 25d), (TargetGroup.NgoStaff, 25d), (TargetGroup.ConsularStaff, 10d), (TargetGroup.SocialWorkers, 10d)),
        [ProjectFocus.Partnership] = Weighted.Of(
            (TargetGroup.SocialWorkers, 20d), (TargetGroup.NgoStaff, 20d), (TargetGroup.Police, 15d), (TargetGroup.ProsecutorsAndJudges, 10d),
            (TargetGroup.BorderAndImmigration, 10d), (TargetGroup.LabourInspectors, 10d), (TargetGroup.ConsularStaff, 10d), (TargetGroup.HealthWorkers, 5d)),
    };

    public static List<CapacityBuildingActivity> Generate(SeedRandom random, ProjectPortfolio portfolio, AgencyDirectory directory, DateTime anchor)
    {
        var anchorDay = DateOnly.FromDateTime(anchor);
        var projects = new Weighted<int>(Enumerable.Range(0, portfolio.Projects.Count)
            .Where(i => portfolio.Projects[i].Status != ProjectStatus.Cancelled)
            .Select(i => (i, (double)(portfolio.Projects[i].EndsOn.DayNumber - portfolio.Projects[i].StartsOn.DayNumber))));
        var activities = new List<CapacityBuildingActivity>(ActivityCount);
        for (var n = 0; n < ActivityCount; n++)
        {
            var index = projects.Pick(random);
            var project = portfolio.Projects[index];
            var country = random.Pick(portfolio.CountriesOf[index]);
            var kind = Kinds.Pick(random);
            var group = GroupsByFocus[project.Focus].Pick(random);
            var (startsOn, endsOn) = Dates(random, project, kind);
            var participants = Participants(random, kind);
            var female = (int)(participants * FemaleShare(group) * (0.8 + (0.4 * random.NextDouble())));
            female = Math.Min(female, participants);
            var other = participants > 0 && random.Chance(0.03) ? 1 : 0;
            var activity = new CapacityBuildingActivity
            {
                Id = random.NextGuid(),
                ProjectId = project.Id,
                CountryCode = country,
                Kind = kind,
                StartsOn = startsOn,
                EndsOn = endsOn,
                Key = "",
                Topic = Topic(random, kind, group),
                ChangedOn = anchor,
                TargetGroup = group,
                ParticipantsFemale = female,
                ParticipantsMale = Math.Max(0, participants - female - other),
                ParticipantsOther = other,
                PartnerAgencyId = Partner(random, directory, country, group),
            };
            if (endsOn < anchorDay)
            {
                ActivityOutcomes.Apply(random, activity);
            }

            activities.Add(activity);
        }

        // Each project numbers its activities in the order they start, as an agency keeps them.
        foreach (var project in activities.GroupBy(a => a.ProjectId))
        {
            var number = 0;
            foreach (var activity in project.OrderBy(a => a.StartsOn).ThenBy(a => a.Id))
            {
                activity.Key = string.Create(CultureInfo.InvariantCulture, $"CB-{++number:D3}");
            }
        }

        return activities;
    }

    private static (DateOnly StartsOn, DateOnly EndsOn) Dates(SeedRandom random, Project project, ActivityKind kind)
    {
        var days = kind switch
        {
            ActivityKind.Training => random.Next(1, 6),
            ActivityKind.Workshop => random.Next(1, 4),
            ActivityKind.SopDevelopment => random.Next(30, 181),
            ActivityKind.TechnicalAssistance => random.Next(10, 121),
            ActivityKind.StudyVisit => random.Next(3, 11),
            _ => 1,
        };
        var period = project.EndsOn.DayNumber - project.StartsOn.DayNumber + 1;
        var startsOn = project.StartsOn.AddDays(random.Next(Math.Max(1, period - days + 1)));
        var endsOn = startsOn.AddDays(days - 1);
        return (startsOn, endsOn > project.EndsOn ? project.EndsOn : endsOn);
    }

    private static int Participants(SeedRandom random, ActivityKind kind) => kind switch
    {
        ActivityKind.Training => random.Next(12, 41),
        ActivityKind.Workshop => random.Next(15, 61),
        ActivityKind.SopDevelopment => random.Next(5, 21),
        ActivityKind.TechnicalAssistance => random.Next(3, 16),
        ActivityKind.StudyVisit => random.Next(5, 16),
        _ => 0,
    };

    private static double FemaleShare(TargetGroup group) => group switch
    {
        TargetGroup.Police => 0.25,
        TargetGroup.BorderAndImmigration => 0.3,
        TargetGroup.LabourInspectors => 0.35,
        TargetGroup.ProsecutorsAndJudges => 0.45,
        TargetGroup.ConsularStaff => 0.5,
        TargetGroup.NgoStaff => 0.65,
        TargetGroup.HealthWorkers => 0.7,
        _ => 0.75,
    };

    private static string Topic(SeedRandom random, ActivityKind kind, TargetGroup group) => kind switch
    {
        ActivityKind.SopDevelopment => random.Pick(ActivityPhrases.Procedures),
        ActivityKind.Equipment => random.Pick(ActivityPhrases.Equipment),
        ActivityKind.StudyVisit => random.Pick(ActivityPhrases.StudyVisits),
        _ => random.Pick(ActivityPhrases.Topics(group)),
    };

    /// <summary>The trained institution, when it is a member agency in that country: ministries for
    /// officials, NGOs for NGO staff and social workers.</summary>
    private static Guid? Partner(SeedRandom random, AgencyDirectory directory, string country, TargetGroup group)
    {
        var wanted = group is TargetGroup.NgoStaff or TargetGroup.SocialWorkers or TargetGroup.HealthWorkers
            ? AgencyKind.Ngo
            : AgencyKind.Government;
        var local = directory.InCountry(country).Where(i => directory.Agencies[i].Kind != AgencyKind.InternationalOrganization).ToList();
        if (local.Count == 0 || !random.Chance(0.65))
        {
            return null;
        }

        var fitting = local.Where(i => directory.Agencies[i].Kind == wanted).ToList();
        return directory.Agencies[random.Pick(fitting.Count > 0 ? fitting : local)].Id;
    }
}
