using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>A registry entry of the demo data. <paramref name="Tenants"/> is how many Entra tenants
/// the agency signs in from: a few run a second tenant for an office or a subsidiary.</summary>
internal sealed record AgencySeed(
    string Code,
    string Name,
    AgencyKind Kind,
    string CountryCode,
    AgencyStatus Status = AgencyStatus.Active,
    int Tenants = 1);
