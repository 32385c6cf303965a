using Hub.Api.Tests.Access.Oracle;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Writes an oracle world into the Hub's database, replacing the previous one (references,
/// registration times and agency codes as <see cref="WorldKeys"/> has them), and
/// remembers each world agency's tenant so that tests can mint its tokens.</summary>
public sealed class WorldStore(HubFactory hub)
{
    private const string Prefix = WorldKeys.Prefix;

    public Dictionary<Guid, Guid> TenantOf { get; } = [];

    public async Task ReplaceAsync(OracleWorld world)
    {
        TenantOf.Clear();
        await hub.WithDbAsync(async db =>
        {
            await ClearAsync(db);
            var index = 0;
            foreach (var a in world.Agencies)
            {
                var tenant = Guid.NewGuid();
                TenantOf[a.Id] = tenant;
                db.Agencies.Add(new Agency
                {
                    Id = a.Id,
                    Code = WorldKeys.AgencyCode(index++),
                    Name = $"World agency {index}",
                    Kind = a.Kind,
                    CountryCode = a.CountryCode,
                    Status = a.Status,
                    RoleCeiling = HubRoles.Ceiling(HubRoles.All),
                    Tenants = [new AgencyTenant { TenantId = tenant, AgencyId = a.Id }],
                });
            }

            foreach (var (c, i) in world.Cases.Select((c, i) => (c, i)))
            {
                db.Cases.Add(new Case
                {
                    Id = c.Id,
                    Reference = WorldKeys.Reference(i),
                    OwnerAgencyId = c.OwnerAgencyId,
                    RegisteredOn = WorldKeys.RegisteredOn(world.ReferenceTime, i),
                    RecordKey = c.RecordKey,
                    GivenName = c.Identity.GivenName,
                    FamilyName = c.Identity.FamilyName,
                    DateOfBirth = c.Identity.DateOfBirth,
                    Phone = c.Identity.Phone,
                    CurrentLocation = c.Identity.CurrentLocation,
                    DocumentNumber = c.Identity.DocumentNumber,
                    Sex = c.Demographic.Sex,
                    AgeBracket = c.Demographic.AgeBracket,
                    CitizenshipCode = c.Demographic.Citizenship,
                    CountryOfIdentificationCode = c.Demographic.CountryOfIdentification,
                    ExploitationTypes = [.. c.TraffickingExperience.ExploitationTypes.Select(t => new CaseExploitationType { CaseId = c.Id, Type = t })],
                    LabourSector = c.TraffickingExperience.LabourSector,
                    MeansOfControl = [.. c.TraffickingExperience.MeansOfControl.Select(m => new CaseMeansOfControl { CaseId = c.Id, Means = m })],
                    RecruitmentMethod = c.TraffickingExperience.RecruitmentMethod,
                    RecruiterRelation = c.TraffickingExperience.RecruiterRelation,
                    TraffickingDuration = c.TraffickingExperience.TraffickingDuration,
                    CountryOfExploitationCode = c.TraffickingExperience.CountryOfExploitation,
                    Services = [.. c.Assistance.ServicesNeeded.Select(s => new CaseService { CaseId = c.Id, Service = s, Received = c.Assistance.ServicesReceived.Contains(s) })],
                    Status = c.Assistance.Status,
                });
            }

            db.Consents.AddRange(world.Consents.Select(k => new Consent
            {
                Id = k.Id == Guid.Empty ? Guid.NewGuid() : k.Id,
                CaseId = k.CaseId,
                Purpose = k.Purpose,
                RecipientAgencyId = k.RecipientAgencyId,
                RecipientKind = k.RecipientKind,
                RecipientCountryCode = k.RecipientCountryCode,
                Categories = k.Categories,
                GrantedOn = k.GrantedOn,
                RecordedOn = k.GrantedOn,
                ExpiresOn = k.ExpiresOn,
                RevokedOn = k.RevokedOn,
                Evidence = ConsentEvidence.Written,
                RecordedBy = "test",
            }));
            db.Referrals.AddRange(world.Referrals.Select(r => new Referral
            {
                Id = r.Id,
                CaseId = r.CaseId,
                FromAgencyId = r.FromAgencyId,
                ToAgencyId = r.ToAgencyId,
                Purpose = r.Purpose,
                Status = r.Status,
                ReferredOn = r.ReferredOn,
                RespondedOn = RespondedOn(r),
                ClosedOn = ClosedOn(r),
                Services = [.. Services.Select(s => new ReferralService { ReferralId = r.Id, Service = s })],
            }));
            await db.SaveChangesAsync();
            return 0;
        });
    }

    /// <summary>The services every stored referral asks for.</summary>
    public static IReadOnlyList<Service> Services { get; } = [Service.Shelter];

    /// <summary>When a stored referral was answered: an hour after it was made, unless it is pending
    /// or was withdrawn (some of those before an answer).</summary>
    public static DateTime? RespondedOn(OracleReferral r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.Status is ReferralStatus.Pending || (r.Status is ReferralStatus.Withdrawn && r.Id.ToByteArray()[0] % 2 == 0) ? null : r.ReferredOn.AddHours(1);
    }

    /// <summary>When a stored referral was closed: two hours after it was made, once it is declined,
    /// completed or withdrawn.</summary>
    public static DateTime? ClosedOn(OracleReferral r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.Status is ReferralStatus.Declined or ReferralStatus.Completed or ReferralStatus.Withdrawn ? r.ReferredOn.AddHours(2) : null;
    }

    private static async Task ClearAsync(HubDbContext db)
    {
        await db.Disclosures.ExecuteDeleteAsync();
        await db.Consents.ExecuteDeleteAsync();
        await db.CaseExploitationTypes.ExecuteDeleteAsync();
        await db.CaseMeansOfControl.ExecuteDeleteAsync();
        await db.CaseServices.ExecuteDeleteAsync();
        await db.ReferralServices.ExecuteDeleteAsync();
        await db.Referrals.ExecuteDeleteAsync();
        await db.Cases.ExecuteDeleteAsync();
        await db.AgencyTenants.Where(t => db.Agencies.Any(a => a.Id == t.AgencyId && a.Code.StartsWith(Prefix))).ExecuteDeleteAsync();
        await db.Agencies.Where(a => a.Code.StartsWith(Prefix)).ExecuteDeleteAsync();
    }
}
