using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>The outcome measures each kind of activity reports: pre/post tests and certificates for
/// trainings, adopted procedures for drafting and advisory work. Some reports never came in.</summary>
internal static class ActivityOutcomes
{
    public static void Apply(SeedRandom random, CapacityBuildingActivity activity)
    {
        var participants = activity.ParticipantsFemale + activity.ParticipantsMale + activity.ParticipantsOther;
        switch (activity.Kind)
        {
            case ActivityKind.Training:
                activity.KnowledgeGainPoints = random.Chance(0.9) ? KnowledgeGain(random) : null;
                activity.ParticipantsCertified = random.Chance(0.85) ? Certified(random, participants) : null;
                break;
            case ActivityKind.Workshop:
                activity.KnowledgeGainPoints = random.Chance(0.65) ? KnowledgeGain(random) : null;
                activity.ParticipantsCertified = random.Chance(0.3) ? Certified(random, participants) : null;
                break;
            case ActivityKind.SopDevelopment:
                activity.ProceduresAdopted = random.Chance(0.85) ? random.Next(0, 4) : null;
                break;
            case ActivityKind.TechnicalAssistance:
                activity.ProceduresAdopted = random.Chance(0.75) ? random.Next(0, 3) : null;
                activity.KnowledgeGainPoints = random.Chance(0.3) ? KnowledgeGain(random) : null;
                break;
            case ActivityKind.StudyVisit:
                activity.KnowledgeGainPoints = random.Chance(0.6) ? KnowledgeGain(random) : null;
                break;
            default:
                activity.ProceduresAdopted = random.Chance(0.3) ? random.Next(0, 2) : null;
                break;
        }
    }

    private static decimal KnowledgeGain(SeedRandom random) => random.Next(30, 351) / 10m;

    private static int Certified(SeedRandom random, int participants) =>
        (int)(participants * (0.6 + (0.4 * random.NextDouble())));
}
