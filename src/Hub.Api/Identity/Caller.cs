namespace Hub.Api.Identity;

/// <summary>Who is asking, from a validated token and the agency registry.</summary>
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

    /// <summary>Only an active registered agency may read anything but <c>me</c>.</summary>
    public bool IsActiveAgency => Status == CallerStatus.Active && Agency is not null;

    public bool HasRole(string role) => IsActiveAgency && Roles.Contains(role);

    /// <summary>Not refused on the token alone: active, or not yet checked against the registry.</summary>
    public bool MayBeActive => Status is CallerStatus.Active or CallerStatus.Claimed;
}
