namespace Hub.Data.Entities;

// The small taxonomies of projects and their capacity-building activities.

public enum ProjectStatus { Planned, Ongoing, Completed, Cancelled }

public enum ProjectFocus { Prevention, Protection, Prosecution, Partnership }

public enum ActivityKind { Training, Workshop, SopDevelopment, TechnicalAssistance, StudyVisit, Equipment }

public enum TargetGroup
{
    BorderAndImmigration,
    Police,
    ProsecutorsAndJudges,
    LabourInspectors,
    SocialWorkers,
    NgoStaff,
    ConsularStaff,
    HealthWorkers,
}
