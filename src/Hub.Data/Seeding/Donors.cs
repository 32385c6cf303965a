namespace Hub.Data.Seeding;

/// <summary>Invented donors: the demo must not attribute money to real governments or foundations.</summary>
internal static class Donors
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Global Fund for Freedom",
        "Northern Alliance for Development Cooperation",
        "Bridgewater Foundation",
        "European Solidarity Fund for Migration",
        "Harbour Light Philanthropies",
        "Pacific Rim Development Agency",
        "Atlas Humanitarian Trust",
        "Meridian Foundation",
        "Civitas Human Rights Fund",
        "Open Horizons Foundation",
        "Kestrel Family Foundation",
        "Fund for Safe and Regular Migration",
        "Nordic Partnership for Decent Work",
        "Coalition of Donors for Child Protection",
    ];
}
