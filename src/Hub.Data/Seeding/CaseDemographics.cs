using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Sex and age bracket follow the form of exploitation, as in the CTDC data: sexual
/// exploitation and forced marriage are mostly women and girls, forced labour mostly men, begging
/// and forced criminality mostly children. About a fifth of all cases are minors.</summary>
internal static class CaseDemographics
{
    private static readonly Weighted<AgeBracket> SexualAges = Ages(3, 18, 18, 16, 12, 9, 14, 7, 3);
    private static readonly Weighted<AgeBracket> LabourAges = Ages(2, 8, 10, 12, 13, 12, 24, 13, 6);
    private static readonly Weighted<AgeBracket> OtherAges = Ages(12, 30, 12, 10, 8, 6, 12, 6, 4);

    public static Sex? Sex(SeedRandom random, ExploitationType primary)
    {
        if (random.Chance(0.02))
        {
            return null;
        }

        var female = primary switch
        {
            ExploitationType.SexualExploitation => 0.92,
            ExploitationType.ForcedMarriage => 0.98,
            ExploitationType.DomesticServitude => 0.8,
            ExploitationType.ForcedLabour => 0.35,
            ExploitationType.ForcedCriminality => 0.35,
            ExploitationType.OrganRemoval => 0.3,
            ExploitationType.Begging => 0.5,
            _ => 0.6,
        };
        var draw = random.NextDouble();
        return draw < female ? Entities.Sex.Female : draw < 0.993 ? Entities.Sex.Male : Entities.Sex.Other;
    }

    public static AgeBracket? AgeBracket(SeedRandom random, ExploitationType primary)
    {
        if (random.Chance(0.04))
        {
            return null;
        }

        return primary switch
        {
            ExploitationType.SexualExploitation => SexualAges.Pick(random),
            ExploitationType.ForcedLabour or ExploitationType.DomesticServitude => LabourAges.Pick(random),
            _ => OtherAges.Pick(random),
        };
    }

    public static bool IsMinor(AgeBracket? bracket) => bracket is Entities.AgeBracket.Age0To8 or Entities.AgeBracket.Age9To17;

    /// <summary>The youngest and oldest age in whole years that falls in a bracket.</summary>
    public static (int Youngest, int Oldest) Years(AgeBracket bracket) => bracket switch
    {
        Entities.AgeBracket.Age0To8 => (0, 8),
        Entities.AgeBracket.Age9To17 => (9, 17),
        Entities.AgeBracket.Age18To20 => (18, 20),
        Entities.AgeBracket.Age21To23 => (21, 23),
        Entities.AgeBracket.Age24To26 => (24, 26),
        Entities.AgeBracket.Age27To29 => (27, 29),
        Entities.AgeBracket.Age30To38 => (30, 38),
        Entities.AgeBracket.Age39To47 => (39, 47),
        _ => (48, 68),
    };

    private static Weighted<AgeBracket> Ages(params double[] weights) =>
        new(Enum.GetValues<AgeBracket>().Select((b, i) => (b, weights[i])));
}
