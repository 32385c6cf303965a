namespace Hub.Data.Seeding;

/// <summary>A country of the demo data with what the generator needs beyond the stored row: two
/// cities for locations, the dialling code for phone numbers and the pool of personal names.</summary>
internal sealed record CountrySeed(
    string Code,
    string Name,
    string Region,
    string Capital,
    string City,
    string DialCode,
    NameCulture Names);
