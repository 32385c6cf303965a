using System.Linq.Expressions;
using Hub.Api.Identity;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The case categories the caller's roles open (rule 3).</summary>
    public required DataCategory RoleCategories { get; init; }

    /// <summary>Whether the caller's roles open <paramref name="category"/> (rule 3).</summary>
    public bool Opens(DataCategory category) => (RoleCategories & category) != 0;

    // The same, a property per category for the policy's expressions: EF Core reads a property of
    // the scope as it is, where it would compile "(RoleCategories & category) != 0" into a
    // delegate to learn its value, for every query.
    public bool OpensIdentity => Opens(DataCategory.Identity);
    public bool OpensDemographic => Opens(DataCategory.Demographic);
    public bool OpensTraffickingExperience => Opens(DataCategory.TraffickingExperience);
    public bool OpensAssistance => Opens(DataCategory.Assistance);

    /// <summary><see cref="Opens"/> as an expression over the scope.</summary>
    public static Expression<Func<AccessScope, bool>> OpensExpression(DataCategory category) => category switch
    {
        DataCategory.Identity => s => s.OpensIdentity,
        DataCategory.Demographic => s => s.OpensDemographic,
        DataCategory.TraffickingExperience => s => s.OpensTraffickingExperience,
        DataCategory.Assistance => s => s.OpensAssistance,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not one case category."),
    };

    public required bool CanReadAllFinancials { get; init; }

    /// <summary>The consents table of the request's context, for the visibility subquery.</summary>
    public required IQueryable<Consent> Consents { get; init; }

    /// <summary>The agency registry of the request's context, for filters by an agency's code.</summary>
    public required IQueryable<Agency> Agencies { get; init; }

    public static AccessScope For(Caller caller, Purpose? purpose, DateTime now, HubDbContext db)
    {
        var agency = caller.Agency ?? throw new InvalidOperationException("Only an active agency has an access scope.");
        return Build(agency.Id, agency.Kind, agency.CountryCode, purpose, now, db,
            caller.IsActiveAgency ? CaseCategories.OpenedBy(caller.Roles) : DataCategory.None, caller.HasRole(HubRoles.ProjectsReadFinancials));
    }

    /// <summary>The caller as statistics count for it (rule 11): the purpose is research and
    /// statistics, and <c>Statistics.Read</c> opens the categories a case may be counted by,
    /// whatever the caller's case roles.</summary>
    public static AccessScope ForStatistics(Caller caller, DateTime now, HubDbContext db)
    {
        var agency = caller.Agency ?? throw new InvalidOperationException("Only an active agency has an access scope.");
        return Build(agency.Id, agency.Kind, agency.CountryCode, Hub.Data.Entities.Purpose.ResearchAndStatistics, now, db,
            caller.IsActiveAgency && caller.HasRole(HubRoles.StatisticsRead) ? CaseCategories.Counted : DataCategory.None, canReadAllFinancials: false);
    }

    /// <summary>Another agency as a consent would name it, without any role: what a referral to it
    /// is checked against (an active consent for the purpose must name it).</summary>
    public static AccessScope OfRecipient(Agency agency, Purpose purpose, DateTime now, HubDbContext db) =>
        Build(agency.Id, agency.Kind, agency.CountryCode, purpose, now, db, DataCategory.None, canReadAllFinancials: false);

    private static AccessScope Build(Guid agencyId, AgencyKind kind, string countryCode, Purpose? purpose, DateTime now, HubDbContext db, DataCategory roleCategories, bool canReadAllFinancials) => new()
    {
        AgencyId = agencyId,
        AgencyKind = kind,
        CountryCode = countryCode,
        Purpose = purpose,
        Now = now,
        RoleCategories = roleCategories,
        CanReadAllFinancials = canReadAllFinancials,
        Consents = db.Consents.AsNoTracking(),
        Agencies = db.Agencies.AsNoTracking(),
    };
}
