namespace Hub.Api.Options;

/// <summary>The <c>Hub</c> section.</summary>
internal sealed class HubOptions
{
    public const string Section = "Hub";

    /// <summary>What a start with an <see cref="OperatorTenantId"/> that names no tenant is refused with.</summary>
    public const string OperatorTenantIdProblem =
        "Hub:OperatorTenantId must be the Entra tenant id (a GUID other than all zeros) of the tenant that operates the Hub, or empty for a Hub without an operator.";

    /// <summary>Where the SQLite database and the development signing key live; relative paths
    /// are resolved against the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Apply migrations and generate the demo data at start (Development only).</summary>
    public bool PrepareDatabaseOnStart { get; set; }

    /// <summary>The number of synthetic cases generated into an empty database.</summary>
    public int DemoCaseCount { get; set; } = 15_000;

    /// <summary>The Entra tenant that operates the Hub: <c>Hub.Admin</c> in a token of this tenant
    /// maintains the agency registry. Empty: the Hub has no operator, and registry operations are
    /// refused to everyone. Kept as text so that a value that is no GUID fails the start with
    /// <see cref="OperatorTenantIdProblem"/> instead of a binder's exception.</summary>
    public string? OperatorTenantId { get; set; }

    /// <summary>The operator's tenant; null when none is configured.</summary>
    public Guid? OperatorTenant => Guid.TryParse(OperatorTenantId, out var id) && id != Guid.Empty ? id : null;

    public bool HasValidOperatorTenant => string.IsNullOrWhiteSpace(OperatorTenantId) || OperatorTenant is not null;
}
