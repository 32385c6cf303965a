namespace Hub.Api.Identity;

/// <summary>The app roles of the Hub's Entra app registration (infra/entra), as they appear in the
/// <c>roles</c> claim.</summary>
internal static class HubRoles
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

    /// <summary>The delegated scope a user token must carry in <c>scp</c>.</summary>
    public const string Scope = "Hub.Access";
}
