using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Turns the catalogue into agencies with their Entra tenants and a few staff ids each.</summary>
internal static class AgencyGenerator
{
    private const int StaffPerAgency = 6;

    public static AgencyDirectory Generate(SeedRandom random, DateTime anchor)
    {
        var agencies = new List<Agency>();
        var tenants = new List<AgencyTenant>();
        var staff = new List<string[]>();
        foreach (var seed in AgencyCatalogue.All)
        {
            var agency = new Agency
            {
                Id = random.NextGuid(),
                Code = seed.Code,
                Name = seed.Name,
                Kind = seed.Kind,
                CountryCode = seed.CountryCode,
                Status = seed.Status,
                RoleCeiling = HubRoles.Ceiling(HubRoles.All),
                ChangedOn = anchor,
            };
            agencies.Add(agency);
            for (var t = 0; t < seed.Tenants; t++)
            {
                tenants.Add(new AgencyTenant { TenantId = random.NextGuid(), AgencyId = agency.Id });
            }

            staff.Add([.. Enumerable.Range(0, StaffPerAgency).Select(_ => random.NextGuid().ToString())]);
        }

        return new AgencyDirectory(agencies, tenants, staff);
    }
}
