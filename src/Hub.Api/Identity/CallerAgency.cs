using Hub.Data.Entities;

namespace Hub.Api.Identity;

/// <summary>The registry's record of the caller's agency.</summary>
internal sealed record CallerAgency(Guid Id, string Code, AgencyKind Kind, string CountryCode, AgencyStatus Status, bool TrustedDocumentsOnly);
