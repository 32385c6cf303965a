namespace Hub.Api.Identity;

/// <summary>Why a role of the token is not exercised; described in <see cref="IgnoredRoleReasonGraphType"/>.</summary>
internal enum IgnoredRoleReason
{
    NotAHubRole,
    NoAgency,
    AgencyNotActive,
    BeyondCeiling,
}
