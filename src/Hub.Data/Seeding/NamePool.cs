namespace Hub.Data.Seeding;

/// <summary>Given and family names common enough in a region that no combination points at a real
/// person.</summary>
internal sealed record NamePool(string[] Female, string[] Male, string[] Family);
