namespace Hub.Api.Options;

/// <summary>The <c>Hub</c> section.</summary>
internal sealed class HubOptions
{
    public const string Section = "Hub";

    /// <summary>Where the SQLite database and the development signing key live; relative paths
    /// are resolved against the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Apply migrations and generate the demo data at start (Development only).</summary>
    public bool PrepareDatabaseOnStart { get; set; }

    /// <summary>The number of synthetic cases generated into an empty database.</summary>
    public int DemoCaseCount { get; set; } = 15_000;
}
