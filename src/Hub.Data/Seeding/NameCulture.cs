namespace Hub.Data.Seeding;

/// <summary>Which pool of synthetic personal names fits a person of a given citizenship.</summary>
internal enum NameCulture
{
    WestAfrican,
    EastAfrican,
    CentralSouthernAfrican,
    Arabic,
    Turkish,
    CentralAsianCaucasian,
    SouthAsian,
    SouthEastAsian,
    EastAsian,
    EasternEuropean,
    WesternEuropean,
    LatinAmerican,
    Haitian,
}
