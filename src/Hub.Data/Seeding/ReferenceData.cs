using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Everything cases refer to, generated in memory in one go: it is small and the same at
/// every size. Each part has its own random stream so that changing one generator leaves the
/// others' rows as they were.</summary>
internal sealed record ReferenceData(
    List<Country> Countries,
    AgencyDirectory Directory,
    ProjectPortfolio Portfolio,
    List<CapacityBuildingActivity> Activities)
{
    public static ReferenceData Generate(int seed, DateTime anchor)
    {
        var countries = CountryCatalogue.All.Select(c => new Country { Code = c.Code, Name = c.Name, Region = c.Region }).ToList();
        var directory = AgencyGenerator.Generate(new SeedRandom(seed + 1), anchor);
        var portfolio = ProjectGenerator.Generate(new SeedRandom(seed + 2), directory, anchor);
        var activities = ActivityGenerator.Generate(new SeedRandom(seed + 3), portfolio, directory, anchor);
        return new ReferenceData(countries, directory, portfolio, activities);
    }
}
