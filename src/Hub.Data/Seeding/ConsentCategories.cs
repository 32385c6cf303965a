using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Which data categories a person agrees to share depends on why: identity mostly for
/// return (travel documents) and court, almost never for statistics.</summary>
internal static class ConsentCategories
{
    public static DataCategory Draw(SeedRandom random, Purpose purpose)
    {
        var (identity, demographic, experience, assistance) = purpose switch
        {
            Purpose.Assistance => (0.35, 0.85, 0.7, 0.95),
            Purpose.ReturnAndReintegration => (0.55, 0.9, 0.5, 0.85),
            Purpose.LegalProceedings => (0.4, 0.8, 0.95, 0.4),
            _ => (0.02, 0.95, 0.9, 0.7),
        };
        var categories = DataCategory.None;
        categories |= random.Chance(identity) ? DataCategory.Identity : DataCategory.None;
        categories |= random.Chance(demographic) ? DataCategory.Demographic : DataCategory.None;
        categories |= random.Chance(experience) ? DataCategory.TraffickingExperience : DataCategory.None;
        categories |= random.Chance(assistance) ? DataCategory.Assistance : DataCategory.None;
        return categories == DataCategory.None ? DataCategory.Demographic : categories;
    }
}
