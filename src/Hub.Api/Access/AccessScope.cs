using Hub.Api.Identity;
using Hub.Data.Entities;

namespace Hub.Api.Access;

/// <summary>The per-request facts the disclosure policy is evaluated against. Queries reach them
/// as members of this one object, so EF sends them as parameters: one SQL text and one compiled
/// query per shape, whoever asks.</summary>
internal sealed class AccessScope
{
    public required Guid AgencyId { get; init; }
    public required AgencyKind AgencyKind { get; init; }
    public required string CountryCode { get; init; }
    /// <summary>The declared purpose; null outside case reads, where no consent can match.</summary>
    public required Purpose? Purpose { get; init; }
    public required DateTime Now { get; init; }

    /// <summary>The case categories the caller's roles allow (rule 3): IDENTITY with
    /// Cases.ReadIdentity, the others with Cases.Read.</summary>
    public required DataCategory RoleCategories { get; init; }

    public required bool CanReadAllFinancials { get; init; }

    /// <summary>The consents table of the request's context, for the visibility subquery.</summary>
    public required IQueryable<Consent> Consents { get; init; }

    public static AccessScope For(Caller caller, Purpose? purpose, DateTime now, IQueryable<Consent> consents)
    {
        var agency = caller.Agency ?? throw new InvalidOperationException("Only an active agency has an access scope.");
        var categories = DataCategory.None;
        if (caller.HasRole(HubRoles.CasesRead))
        {
            categories |= DataCategory.Demographic | DataCategory.TraffickingExperience | DataCategory.Assistance;
        }

        if (caller.HasRole(HubRoles.CasesReadIdentity))
        {
            categories |= DataCategory.Identity;
        }

        return new AccessScope
        {
            AgencyId = agency.Id,
            AgencyKind = agency.Kind,
            CountryCode = agency.CountryCode,
            Purpose = purpose,
            Now = now,
            RoleCategories = categories,
            CanReadAllFinancials = caller.HasRole(HubRoles.ProjectsReadFinancials),
            Consents = consents,
        };
    }
}
