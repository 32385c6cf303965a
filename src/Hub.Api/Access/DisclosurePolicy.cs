using System.Linq.Expressions;
using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Access;

/// <summary>The disclosure policy of DESIGN §3, as expressions that every case query composes into
/// its SQL: which cases an agency sees (rule 2), which categories of a case it is shown (rule 3),
/// and which projects' financial fields (rule 10). Nothing else in the Hub decides these.</summary>
internal static class DisclosurePolicy
{
    /// <summary>The owner's views of its own cases (their consents, every referral, the disclosure
    /// log) belong to the agency that registered the case.</summary>
    public static readonly Expression<Func<Case, AccessScope, bool>> Owns = (c, s) => c.OwnerAgencyId == s.AgencyId;

    private static readonly Expression<Func<Case, AccessScope, bool>> NamedByConsent = (c, s) =>
        s.Consents.Where(k => k.Purpose == s.Purpose
                && k.GrantedOn <= s.Now && k.ExpiresOn > s.Now && (k.RevokedOn == null || k.RevokedOn > s.Now)
                && (k.RecipientAgencyId == s.AgencyId || (k.RecipientKind == s.AgencyKind && k.RecipientCountryCode == s.CountryCode)))
            .Select(k => k.CaseId).Contains(c.Id);

    // Visibility is driven from the consents that name the caller (an IN over the recipient
    // indexes), so an agency that may see few cases costs a few index lookups, not a scan of every
    // case in key order.

    /// <summary>Rule 2: the caller's agency owns the case, or an active consent for the declared
    /// purpose names it, directly or by its kind and country.</summary>
    public static readonly Expression<Func<Case, AccessScope, bool>> Visible = Combine(Owns, NamedByConsent, Expression.OrElse);

    /// <summary>Rule 2 in two disjoint halves whose union is <see cref="Visible"/>: the cases the
    /// caller owns, and the others a consent names it for. A page of each half can be read by its
    /// own index: an owner of many cases then reads a page, not all it owns.</summary>
    public static readonly IReadOnlyList<Expression<Func<Case, AccessScope, bool>>> VisibleHalves =
        [Owns, Combine(Owns, NamedByConsent, (owns, named) => Expression.AndAlso(Expression.Not(owns), named))];

    private static readonly Expression<Func<Case, AccessScope, DataCategory, bool>> DisclosesTemplate = (c, s, category) =>
        (s.RoleCategories & category) != 0 &&
        (c.OwnerAgencyId == s.AgencyId ||
         c.Consents.Where(k => k.Purpose == s.Purpose && (k.Categories & category) != 0
                 && k.GrantedOn <= s.Now && k.ExpiresOn > s.Now && (k.RevokedOn == null || k.RevokedOn > s.Now)
                 && (k.RecipientAgencyId == s.AgencyId || (k.RecipientKind == s.AgencyKind && k.RecipientCountryCode == s.CountryCode)))
             .Select(k => (Guid?)k.Id).FirstOrDefault() != null);

    // The "probe" form (first matching consent id is not null) is planned by PostgreSQL as an
    // index lookup per row; EXISTS under OR became a hashed subplan scanning every consent.

    /// <summary>Rule 3: category <paramref name="category"/> of a visible case is disclosed when the
    /// caller's roles allow it and the caller owns the case or an active consent for the purpose
    /// names the caller and includes the category.</summary>
    public static Expression<Func<Case, AccessScope, bool>> Discloses(DataCategory category)
    {
        var body = ParameterReplacer.Inline(DisclosesTemplate, DisclosesTemplate.Parameters[0], DisclosesTemplate.Parameters[1], Expression.Constant(category));
        return Expression.Lambda<Func<Case, AccessScope, bool>>(body, DisclosesTemplate.Parameters[0], DisclosesTemplate.Parameters[1]);
    }

    public static bool IsOwner(Guid ownerAgencyId, AccessScope scope) => ownerAgencyId == scope.AgencyId;

    private static Expression<Func<Case, AccessScope, bool>> Combine(
        Expression<Func<Case, AccessScope, bool>> left, Expression<Func<Case, AccessScope, bool>> right, Func<Expression, Expression, Expression> join) =>
        Expression.Lambda<Func<Case, AccessScope, bool>>(
            join(left.Body, ParameterReplacer.Inline(right, left.Parameters[0], left.Parameters[1])), left.Parameters);

    /// <summary>Rule 7: a referral's own record is visible to both its parties.</summary>
    public static readonly Expression<Func<Referral, AccessScope, bool>> ReferralVisible = (r, s) => r.FromAgencyId == s.AgencyId || r.ToAgencyId == s.AgencyId;

    /// <summary>Rule 10: a project's budget and donor contributions are shown to callers with
    /// Projects.ReadFinancials and to the project's lead and partner agencies.</summary>
    public static readonly Expression<Func<Project, AccessScope, bool>> FinancialsDisclosed = (p, s) =>
        s.CanReadAllFinancials || p.LeadAgencyId == s.AgencyId || p.Partners.Any(x => x.AgencyId == s.AgencyId);
}
