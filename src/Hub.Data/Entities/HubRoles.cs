namespace Hub.Data.Entities;

/// <summary>The app roles of the Hub's Entra app registration (infra/entra), as they appear in the
/// <c>roles</c> claim.</summary>
public static class HubRoles
{
    public const string CasesRead = "Cases.Read";
    public const string CasesReadIdentity = "Cases.ReadIdentity";
    public const string CasesWrite = "Cases.Write";
    public const string ConsentManage = "Consent.Manage";
    public const string ProjectsRead = "Projects.Read";
    public const string ProjectsReadFinancials = "Projects.ReadFinancials";
    public const string ProjectsWrite = "Projects.Write";
    public const string StatisticsRead = "Statistics.Read";
    public const string AuditRead = "Audit.Read";
    public const string HubAdmin = "Hub.Admin";

    public static readonly IReadOnlyList<string> All =
    [
        CasesRead, CasesReadIdentity, CasesWrite, ConsentManage, ProjectsRead,
        ProjectsReadFinancials, ProjectsWrite, StatisticsRead, AuditRead, HubAdmin,
    ];

    /// <summary>A role ceiling as the registry keeps it: known roles only, in the order of
    /// <see cref="All"/>, separated by spaces.</summary>
    public static string Ceiling(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        return string.Join(' ', All.Where(set.Contains));
    }

    /// <summary>The roles of a ceiling the registry keeps.</summary>
    public static IReadOnlySet<string> OfCeiling(string ceiling) =>
        ceiling.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>The delegated scope a user token must carry in <c>scp</c>.</summary>
    public const string Scope = "Hub.Access";
}
