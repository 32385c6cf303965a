using Hub.Data.Entities;

namespace Hub.Api.Identity;

/// <summary>The registry's record of the caller's agency. <paramref name="RoleCeiling"/> is the
/// registry's ceiling as it keeps it (<see cref="HubRoles.Ceiling"/>).</summary>
internal sealed record CallerAgency(Guid Id, string Code, AgencyKind Kind, string CountryCode, AgencyStatus Status, bool TrustedDocumentsOnly, string RoleCeiling);
