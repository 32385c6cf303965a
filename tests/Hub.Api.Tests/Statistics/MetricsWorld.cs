using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Statistics;

/// <summary>Five projects and five activities with known figures, in place of the demo ones, led and
/// partnered by well-known agencies of the registry:
/// <code>
/// code    lead      partners  countries      focus        status     donor    start  targets (assisted, trained, reached) results          budget
/// MW-1    NGA-SHSN  THA-MLAC  NGA BEN        PROTECTION   ONGOING    Donor A  2023   100 20 1000                        50 10 400        1,000,000
/// MW-2    GPAE      -         NGA            PREVENTION   ONGOING    Donor B  2024    10 30 5000                         5 25 4500         250,000
/// MW-3    GPAE      NGA-SHSN  THA NGA KHM    PROSECUTION  COMPLETED  Donor A  2022     8 60 300                          8 70 310          400,000
/// MW-4    THA-MLAC  -         THA            PROTECTION   PLANNED    Donor C  2024    40 0 100                           0 0 0              75,000
/// MW-5    GPAE      -         (none)         PARTNERSHIP  CANCELLED  Donor B  2023     1 2 3                             0 1 1              30,000
///
/// activity  project  country  kind          year  target group            female male other
/// A1        MW-1     NGA      TRAINING      2023  POLICE                      10    5     0
/// A2        MW-1     BEN      WORKSHOP      2024  SOCIAL_WORKERS               7    3     1
/// A3        MW-2     NGA      TRAINING      2024  POLICE                       4   12     0
/// A4        MW-3     THA      STUDY_VISIT   2022  PROSECUTORS_AND_JUDGES       2    2     0
/// A5        MW-3     KHM      TRAINING      2023  BORDER_AND_IMMIGRATION       0    9     2
/// </code></summary>
internal static class MetricsWorld
{
    public static async Task ReplaceAsync(HubFactory hub)
    {
        await hub.WithDbAsync(async db =>
        {
            await db.CapacityBuildingActivities.ExecuteDeleteAsync();
            await db.Projects.ExecuteDeleteAsync();
            var agencies = await db.Agencies.Where(a => a.Code == WellKnownAgencies.NigeriaShelter || a.Code == WellKnownAgencies.ThailandLegalAid || a.Code == WellKnownAgencies.InternationalOrganization)
                .ToDictionaryAsync(a => a.Code, a => a.Id);
            var (shelter, legalAid, io) = (agencies[WellKnownAgencies.NigeriaShelter], agencies[WellKnownAgencies.ThailandLegalAid], agencies[WellKnownAgencies.InternationalOrganization]);

            var projects = new[]
            {
                Project("MW-1", shelter, [legalAid], ["NGA", "BEN"], ProjectFocus.Protection, ProjectStatus.Ongoing, "Donor A", 2023, (100, 20, 1000), (50, 10, 400), 1_000_000),
                Project("MW-2", io, [], ["NGA"], ProjectFocus.Prevention, ProjectStatus.Ongoing, "Donor B", 2024, (10, 30, 5000), (5, 25, 4500), 250_000),
                Project("MW-3", io, [shelter], ["THA", "NGA", "KHM"], ProjectFocus.Prosecution, ProjectStatus.Completed, "Donor A", 2022, (8, 60, 300), (8, 70, 310), 400_000),
                Project("MW-4", legalAid, [], ["THA"], ProjectFocus.Protection, ProjectStatus.Planned, "Donor C", 2024, (40, 0, 100), (0, 0, 0), 75_000),
                Project("MW-5", io, [], [], ProjectFocus.Partnership, ProjectStatus.Cancelled, "Donor B", 2023, (1, 2, 3), (0, 1, 1), 30_000),
            };
            db.Projects.AddRange(projects);
            db.CapacityBuildingActivities.AddRange(
                Activity("A1", projects[0], "NGA", ActivityKind.Training, 2023, TargetGroup.Police, 10, 5, 0),
                Activity("A2", projects[0], "BEN", ActivityKind.Workshop, 2024, TargetGroup.SocialWorkers, 7, 3, 1),
                Activity("A3", projects[1], "NGA", ActivityKind.Training, 2024, TargetGroup.Police, 4, 12, 0),
                Activity("A4", projects[2], "THA", ActivityKind.StudyVisit, 2022, TargetGroup.ProsecutorsAndJudges, 2, 2, 0),
                Activity("A5", projects[2], "KHM", ActivityKind.Training, 2023, TargetGroup.BorderAndImmigration, 0, 9, 2));
            return await db.SaveChangesAsync();
        });
    }

    private static Project Project(string code, Guid lead, Guid[] partners, string[] countries, ProjectFocus focus, ProjectStatus status, string donor, int year,
        (int Assisted, int Trained, int Reached) targets, (int Assisted, int Trained, int Reached) results, long budget)
    {
        var id = Guid.NewGuid();
        return new Project
        {
            Id = id,
            Code = code,
            Title = "Metrics world " + code,
            LeadAgencyId = lead,
            Donor = donor,
            StartsOn = new DateOnly(year, 3, 1),
            EndsOn = new DateOnly(year + 2, 2, 28),
            Status = status,
            Focus = focus,
            TargetPeopleAssisted = targets.Assisted,
            TargetPeopleTrained = targets.Trained,
            TargetPeopleReached = targets.Reached,
            ResultPeopleAssisted = results.Assisted,
            ResultPeopleTrained = results.Trained,
            ResultPeopleReached = results.Reached,
            BudgetUsd = budget,
            ChangedOn = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Countries = [.. countries.Select(c => new ProjectCountry { ProjectId = id, CountryCode = c })],
            Partners = [.. partners.Select(a => new ProjectPartner { ProjectId = id, AgencyId = a })],
        };
    }

    private static CapacityBuildingActivity Activity(string key, Project project, string country, ActivityKind kind, int year, TargetGroup group, int female, int male, int other) => new()
    {
        Id = Guid.NewGuid(),
        ProjectId = project.Id,
        Key = key,
        CountryCode = country,
        Kind = kind,
        StartsOn = new DateOnly(year, 6, 1),
        EndsOn = new DateOnly(year, 6, 3),
        Topic = "Metrics world " + key,
        TargetGroup = group,
        ParticipantsFemale = female,
        ParticipantsMale = male,
        ParticipantsOther = other,
        ChangedOn = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };
}
