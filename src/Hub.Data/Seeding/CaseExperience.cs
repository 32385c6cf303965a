using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>The trafficking experience of a case in CTDC proportions: sexual exploitation and forced
/// labour dominate, about one case in eight has a second form, the labour sector is known only for
/// labour exploitation, and the means of control follow the form of exploitation.</summary>
internal static class CaseExperience
{
    private static readonly Weighted<ExploitationType> PrimaryTypes = Weighted.Of(
        (ExploitationType.SexualExploitation, 42d), (ExploitationType.ForcedLabour, 38d), (ExploitationType.DomesticServitude, 5d),
        (ExploitationType.ForcedCriminality, 4d), (ExploitationType.ForcedMarriage, 4d), (ExploitationType.Begging, 3d),
        (ExploitationType.Other, 3.5), (ExploitationType.OrganRemoval, 0.5));

    private static readonly Weighted<ExploitationType> SecondTypes = Weighted.Of(
        (ExploitationType.SexualExploitation, 25d), (ExploitationType.ForcedLabour, 30d), (ExploitationType.DomesticServitude, 20d),
        (ExploitationType.ForcedCriminality, 10d), (ExploitationType.ForcedMarriage, 8d), (ExploitationType.Begging, 7d));

    private static readonly Weighted<LabourSector> Sectors = Weighted.Of(
        (LabourSector.DomesticWork, 20d), (LabourSector.Agriculture, 18d), (LabourSector.Construction, 15d), (LabourSector.Manufacturing, 12d),
        (LabourSector.Aquafarming, 8d), (LabourSector.Hospitality, 8d), (LabourSector.MiningOrDrilling, 5d), (LabourSector.Begging, 3d),
        (LabourSector.Peddling, 3d), (LabourSector.Transportation, 2d), (LabourSector.IllicitActivities, 2d), (LabourSector.Other, 4d));

    private static readonly Weighted<int> MeansCounts = Weighted.Of((1, 30d), (2, 35d), (3, 22d), (4, 13d));

    private static readonly Weighted<MeansOfControl> SexualMeans = Means(sexual: true, labour: false);
    private static readonly Weighted<MeansOfControl> LabourMeans = Means(sexual: false, labour: true);
    private static readonly Weighted<MeansOfControl> OtherMeans = Means(sexual: false, labour: false);

    private static readonly Weighted<RecruitmentMethod> SexualRecruitment = Recruitment(romantic: 20);
    private static readonly Weighted<RecruitmentMethod> OtherRecruitment = Recruitment(romantic: 4);

    private static readonly Weighted<RecruiterRelation> SexualRelations = Relations(partner: 15, employer: 12);
    private static readonly Weighted<RecruiterRelation> LabourRelations = Relations(partner: 3, employer: 35);
    private static readonly Weighted<RecruiterRelation> OtherRelations = Relations(partner: 5, employer: 12);

    private static readonly Weighted<TraffickingDuration> Durations = Weighted.Of(
        (TraffickingDuration.LessThanOneMonth, 12d), (TraffickingDuration.OneToSixMonths, 35d),
        (TraffickingDuration.SixToTwelveMonths, 25d), (TraffickingDuration.MoreThanTwelveMonths, 28d));

    /// <summary>Draws the exploitation types, primary first.</summary>
    public static List<ExploitationType> Types(SeedRandom random)
    {
        var types = new List<ExploitationType> { PrimaryTypes.Pick(random) };
        if (random.Chance(0.12))
        {
            var second = SecondTypes.Pick(random);
            if (second != types[0])
            {
                types.Add(second);
            }
        }

        return types;
    }

    public static void Apply(SeedRandom random, Case @case, List<ExploitationType> types, CaseBatch batch)
    {
        var sexual = types[0] == ExploitationType.SexualExploitation;
        var labour = types.Contains(ExploitationType.ForcedLabour);
        batch.ExploitationTypes.AddRange(types.Select(t => new CaseExploitationType { CaseId = @case.Id, Type = t }));
        @case.LabourSector = labour && random.Chance(0.9) ? Sectors.Pick(random) : null;

        var means = sexual ? SexualMeans : labour ? LabourMeans : OtherMeans;
        batch.MeansOfControl.AddRange(means.PickDistinct(random, MeansCounts.Pick(random))
            .Select(m => new CaseMeansOfControl { CaseId = @case.Id, Means = m }));

        @case.RecruitmentMethod = random.Chance(0.9) ? (sexual ? SexualRecruitment : OtherRecruitment).Pick(random) : null;
        @case.RecruiterRelation = random.Chance(0.8) ? (sexual ? SexualRelations : labour ? LabourRelations : OtherRelations).Pick(random) : null;
        @case.TraffickingDuration = random.Chance(0.85) ? Durations.Pick(random) : null;
    }

    private static Weighted<MeansOfControl> Means(bool sexual, bool labour) => Weighted.Of(
        (MeansOfControl.DebtBondage, labour ? 14 : 8), (MeansOfControl.TakesEarnings, 12d), (MeansOfControl.Threats, 14d),
        (MeansOfControl.PsychologicalAbuse, 14d), (MeansOfControl.PhysicalAbuse, 10d), (MeansOfControl.SexualAbuse, sexual ? 12 : 3),
        (MeansOfControl.FalsePromises, 12d), (MeansOfControl.PsychoactiveSubstances, sexual ? 5 : 1), (MeansOfControl.RestrictsMovement, 12d),
        (MeansOfControl.RestrictsMedicalCare, 3d), (MeansOfControl.ExcessiveWorkingHours, labour ? 10 : 2), (MeansOfControl.ThreatOfLawEnforcement, 5d),
        (MeansOfControl.WithholdsNecessities, 4d), (MeansOfControl.WithholdsDocuments, labour ? 10 : 5), (MeansOfControl.Other, 2d));

    private static Weighted<RecruitmentMethod> Recruitment(double romantic) => Weighted.Of(
        (RecruitmentMethod.FalseJobOffer, 35d), (RecruitmentMethod.RomanticRelationship, romantic), (RecruitmentMethod.FamilyArrangement, 10d),
        (RecruitmentMethod.OnlineAdvertisement, 10d), (RecruitmentMethod.SocialMedia, 12d), (RecruitmentMethod.Abduction, 4d),
        (RecruitmentMethod.EducationOffer, 5d), (RecruitmentMethod.Other, 5d));

    private static Weighted<RecruiterRelation> Relations(double partner, double employer) => Weighted.Of(
        (RecruiterRelation.IntimatePartner, partner), (RecruiterRelation.Friend, 20d), (RecruiterRelation.FamilyMember, 15d),
        (RecruiterRelation.EmployerOrAgent, employer), (RecruiterRelation.Stranger, 20d), (RecruiterRelation.Other, 5d));
}
