using Hub.Data.Entities;

namespace Hub.Api.Registry;

/// <summary>Descriptions the registry's inputs share.</summary>
internal static class RegistryDescriptions
{
    public const string AgencyCode = "The agency's short code, unique in the registry: uppercase letters and digits, in parts joined by single hyphens, e.g. `NGA-SHSN` (at most 20 characters).";

    public static readonly string RoleCeiling =
        $"The app roles the agency's tokens may exercise, by name ({string.Join(", ", HubRoles.All.Select(r => $"`{r}`"))}); a role its tokens carry beyond them is ignored. Empty: none.";

    public const string Version = "The entry's `version` as you read it (`registry`); if it has changed since, nothing is written (`VERSION_CONFLICT`).";
}
