namespace Hub.Api.Identity;

/// <summary>A role the token carries that the caller does not exercise, and why.</summary>
internal sealed record IgnoredRole(string Role, IgnoredRoleReason Reason);
