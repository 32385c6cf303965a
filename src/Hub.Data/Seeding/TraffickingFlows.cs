namespace Hub.Data.Seeding;

/// <summary>Where victims come from and where they are exploited, weighted after the broad patterns
/// of the global datasets; the case generator mixes these with same-region and domestic trafficking.</summary>
internal static class TraffickingFlows
{
    public static Weighted<string> Origins { get; } = Weighted.Of<string>(
        ("NGA", 9), ("PHL", 8), ("UKR", 7), ("MDA", 5), ("ROU", 5), ("BGD", 6), ("NPL", 5), ("KHM", 5),
        ("MMR", 5), ("VNM", 5), ("ETH", 6), ("KEN", 4), ("UGA", 4), ("GHA", 3), ("IND", 5), ("HND", 4),
        ("GTM", 4), ("VEN", 5), ("COL", 3), ("ALB", 3), ("KGZ", 3), ("UZB", 4), ("HTI", 3), ("IDN", 4),
        ("LAO", 3), ("SDN", 3), ("SOM", 2), ("PAK", 3), ("LKA", 2), ("BOL", 2), ("TJK", 2));

    public static Weighted<string> Destinations { get; } = Weighted.Of<string>(
        ("THA", 9), ("MYS", 7), ("ARE", 6), ("SAU", 7), ("QAT", 4), ("KWT", 4), ("JOR", 4), ("LBN", 4),
        ("TUR", 5), ("ITA", 5), ("ESP", 4), ("DEU", 4), ("GBR", 3), ("GRC", 2), ("MEX", 5), ("LBY", 4),
        ("EGY", 2), ("ZAF", 4), ("IND", 3), ("CHN", 4), ("KAZ", 3), ("ARG", 2), ("BRA", 3), ("KHM", 3),
        ("MMR", 2), ("AUT", 1), ("CRI", 1), ("PAN", 1), ("DOM", 1));
}
