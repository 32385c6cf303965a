using Hub.Data.Entities;

namespace Hub.Api.Identity;

/// <summary>Who is asking, from a validated token and the agency registry. <c>Roles</c> are the app
/// roles the caller exercises, on which every access rule is judged: the token's until the registry
/// is asked (<see cref="CallerResolver.ConfirmAsync"/>), then those of them within its agency's role
/// ceiling, and none when the tenant is no active agency's.</summary>
internal sealed record Caller(
    CallerStatus Status,
    string? TenantId,
    string? ObjectId,
    bool IsApp,
    IReadOnlySet<string> Roles,
    CallerAgency? Agency)
{
    public static readonly Caller Anonymous =
        new(CallerStatus.Anonymous, null, null, false, new HashSet<string>(), null);

    /// <summary>The app roles the token carries (its <c>roles</c> claim), whatever the Hub makes of them.</summary>
    public IReadOnlySet<string> TokenRoles { get; init; } = Roles;

    /// <summary>The token is the Hub operator's (<see cref="OperatorTenant"/>): it reaches the
    /// registry operations, whatever the registry says of its tenant.</summary>
    public bool IsOperator { get; init; }

    /// <summary>The agency's entry is this instance's memory of the registry, not read for this
    /// request (<see cref="CallerResolver.Recall"/>): only a query runs on it, and its answer leaves
    /// only once the registry is shown to say the same.</summary>
    public bool Remembered { get; init; }

    /// <summary>Only an active registered agency may read anything but <c>me</c>.</summary>
    public bool IsActiveAgency => Status == CallerStatus.Active && Agency is not null;

    public bool HasRole(string role) => IsActiveAgency && Roles.Contains(role);

    /// <summary>Not refused on the token alone: active, or not yet checked against the registry.</summary>
    public bool MayBeActive => Status is CallerStatus.Active or CallerStatus.Claimed;

    /// <summary>The roles of the token the caller does not exercise, each with the reason.</summary>
    public IEnumerable<IgnoredRole> IgnoredRoles => TokenRoles.Except(Roles).Order(StringComparer.Ordinal).Select(role => new IgnoredRole(role,
        !HubRoles.All.Contains(role) ? IgnoredRoleReason.NotAHubRole
        : Agency is null ? IgnoredRoleReason.NoAgency
        : Status != CallerStatus.Active ? IgnoredRoleReason.AgencyNotActive
        : IgnoredRoleReason.BeyondCeiling));
}
