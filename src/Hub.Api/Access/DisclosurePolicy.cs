using System.Linq.Expressions;
using Hub.Api.GraphQL.Expressions;
using Hub.Data.Entities;

namespace Hub.Api.Access;

/// <summary>The disclosure policy of DESIGN §3, as expressions that every case query composes into
/// its SQL: which cases an agency sees (rule 2), which categories of a case it is shown (rule 3),
/// and which projects' financial fields (rule 10). Nothing else in the Hub decides these.</summary>
internal static class DisclosurePolicy
{
    /// <summary>The one statement of an active consent that names the caller: for the declared
    /// purpose, granted on or before the request's instant, not expired, not revoked, naming the
    /// caller's agency directly or by its kind and country. Every form below is built from it.</summary>
    public static readonly Expression<Func<Consent, AccessScope, bool>> NamesCaller = (k, s) =>
        k.Purpose == s.Purpose
        && k.GrantedOn <= s.Now && k.ExpiresOn > s.Now && (k.RevokedOn == null || k.RevokedOn > s.Now)
        && (k.RecipientAgencyId == s.AgencyId || (k.RecipientKind == s.AgencyKind && k.RecipientCountryCode == s.CountryCode));

    /// <summary>The owner's views of its own cases (their consents, every referral, the disclosure
    /// log) belong to the agency that registered the case.</summary>
    public static readonly Expression<Func<Case, AccessScope, bool>> Owns = (c, s) => c.OwnerAgencyId == s.AgencyId;

    // Driven from the consents that name the caller (an IN over the recipient indexes): an agency
    // that may see few cases costs a few index lookups, not a scan of every case in key order.
    private static readonly Expression<Func<Case, AccessScope, bool>> NamedByConsent = Expand<Func<Case, AccessScope, bool>>((c, s) =>
        s.Consents.Where(k => Consenting(k, s)).Select(k => k.CaseId).Contains(c.Id));

    // The same condition as a probe of each case's own consents ("first matching consent id is not
    // null"): PostgreSQL plans it as an index lookup per row, where EXISTS under OR became a hashed
    // subplan scanning every consent. The cheaper way when consents name the caller for many cases.
    private static readonly Expression<Func<Case, AccessScope, bool>> ProbedByConsent = Expand<Func<Case, AccessScope, bool>>((c, s) =>
        c.Consents.Where(k => Consenting(k, s)).Select(k => (Guid?)k.Id).FirstOrDefault() != null);

    /// <summary>Rule 2: the caller's agency owns the case, or an active consent for the declared
    /// purpose names it, directly or by its kind and country.</summary>
    public static readonly Expression<Func<Case, AccessScope, bool>> Visible = Combine(Owns, NamedByConsent, Expression.OrElse);

    /// <summary>The same cases as <see cref="Visible"/>, probing each case's consents: for reads of
    /// cases already known by id, where a handful of lookups beats reading every consent that
    /// names the caller.</summary>
    public static readonly Expression<Func<Case, AccessScope, bool>> VisibleProbed = Combine(Owns, ProbedByConsent, Expression.OrElse);

    /// <summary>The second of rule 2's two disjoint halves (the first is <see cref="Owns"/>): the
    /// cases a consent names the caller for that it does not own, driven from the consents.</summary>
    public static readonly Expression<Func<Case, AccessScope, bool>> ConsentedToOthers =
        Combine(Owns, NamedByConsent, (owns, named) => Expression.AndAlso(Expression.Not(owns), named));

    /// <summary>The same cases as <see cref="ConsentedToOthers"/>, probing each case's consents.</summary>
    public static readonly Expression<Func<Case, AccessScope, bool>> ConsentedToOthersProbed =
        Combine(Owns, ProbedByConsent, (owns, named) => Expression.AndAlso(Expression.Not(owns), named));

    private static readonly Expression<Func<Case, AccessScope, DataCategory, bool>> OwnedOrConsentedWith = Expand<Func<Case, AccessScope, DataCategory, bool>>((c, s, category) =>
        c.OwnerAgencyId == s.AgencyId ||
        c.Consents.Where(k => Consenting(k, s) && (k.Categories & category) != 0).Select(k => (Guid?)k.Id).FirstOrDefault() != null);

    /// <summary>Rule 3: category <paramref name="category"/> of a visible case is disclosed when the
    /// caller's roles open it and the caller owns the case or an active consent for the purpose
    /// names the caller and includes the category.</summary>
    public static Expression<Func<Case, AccessScope, bool>> Discloses(DataCategory category)
    {
        var (c, s) = (OwnedOrConsentedWith.Parameters[0], OwnedOrConsentedWith.Parameters[1]);
        var body = Expression.AndAlso(ParameterReplacer.Inline(AccessScope.OpensExpression(category), s),
            ParameterReplacer.Inline(OwnedOrConsentedWith, c, s, Expression.Constant(category)));
        return Expression.Lambda<Func<Case, AccessScope, bool>>(body, c, s);
    }

    public static bool IsOwner(Guid ownerAgencyId, AccessScope scope) => ownerAgencyId == scope.AgencyId;

    /// <summary>When a consent that names the caller for the purpose was last recorded (null when
    /// none does): a case newly shared with an agency is new to it, and a consent recorded for
    /// another agency changes nothing the caller can see.</summary>
    private static readonly Expression<Func<Case, AccessScope, DateTime?>> SharedWithCallerOn = Expand<Func<Case, AccessScope, DateTime?>>((c, s) =>
        c.Consents.Where(k => Consenting(k, s)).Max(k => (DateTime?)k.RecordedOn));

    /// <summary>What the caller may learn of when a case it does not own changed, each null where
    /// it may learn nothing: when the fields of each category disclosed to it last changed (rule 3),
    /// in the order of <see cref="CaseCategories.All"/>, then when a consent naming it was last
    /// recorded. An edit of withheld fields, or a consent for another agency, moves none of them.
    /// The latest of them is the case's <c>changedOn</c> for the caller.</summary>
    public static readonly IReadOnlyList<Expression<Func<Case, AccessScope, DateTime?>>> SeenChanges =
    [
        .. CaseCategories.All.Zip(CaseCategories.ChangedOn, (category, stamp) =>
            Gate.When<Case, DateTime?>(Discloses(category), Expression.Lambda<Func<Case, AccessScope, DateTime?>>(
                Expression.Convert(stamp.Body, typeof(DateTime?)), stamp.Parameters[0], Expression.Parameter(typeof(AccessScope), "s")))),
        SharedWithCallerOn,
    ];

    /// <summary>Whether the caller may learn that a case it does not own changed at or after an
    /// instant: one of <see cref="SeenChanges"/> is at or after it. What <c>changedSince</c> compares.</summary>
    public static Expression<Func<Case, AccessScope, bool>> SeenChangedSince(Expression since)
    {
        var (c, s) = (Expression.Parameter(typeof(Case), "c"), Expression.Parameter(typeof(AccessScope), "s"));
        var bound = Expression.Convert(since, typeof(DateTime?));
        var body = SeenChanges.Select(seen => (Expression)Expression.GreaterThanOrEqual(ParameterReplacer.Inline(seen, c, s), bound)).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<Case, AccessScope, bool>>(body, c, s);
    }

    /// <summary>Rule 7: a referral's own record is visible to both its parties.</summary>
    public static readonly Expression<Func<Referral, AccessScope, bool>> ReferralVisible = (r, s) => r.FromAgencyId == s.AgencyId || r.ToAgencyId == s.AgencyId;

    /// <summary>Rule 7 in two disjoint halves whose union is <see cref="ReferralVisible"/>, each
    /// with an index of its own: the referrals the caller sent, and those sent to it by others.</summary>
    public static readonly IReadOnlyList<Expression<Func<Referral, AccessScope, bool>>> ReferralVisibleHalves =
    [
        (r, s) => r.FromAgencyId == s.AgencyId,
        (r, s) => r.ToAgencyId == s.AgencyId && r.FromAgencyId != s.AgencyId,
    ];

    /// <summary>§3 Writes: the agency that leads a project maintains it.</summary>
    public static readonly Expression<Func<Project, AccessScope, bool>> Leads = (p, s) => p.LeadAgencyId == s.AgencyId;

    /// <summary>The lead and the partner agencies work on a project: they record its
    /// capacity-building activities (§3 Writes) and see its financial fields (rule 10).</summary>
    public static readonly Expression<Func<Project, AccessScope, bool>> WorksOn =
        Combine<Project>(Leads, (p, s) => p.Partners.Any(x => x.AgencyId == s.AgencyId), Expression.OrElse);

    /// <summary>Rule 10: a project's budget and donor contributions are shown to callers with
    /// Projects.ReadFinancials and to the agencies that work on the project.</summary>
    public static readonly Expression<Func<Project, AccessScope, bool>> FinancialsDisclosed =
        Combine<Project>((p, s) => s.CanReadAllFinancials, WorksOn, Expression.OrElse);

    // A stand-in that the expressions above call where NamesCaller holds; Expand puts NamesCaller's
    // body in its place, so that the condition is written once and still translates to SQL.
    private static bool Consenting(Consent consent, AccessScope scope) => throw new InvalidOperationException("Only for use inside policy expressions.");

    private static Expression<T> Expand<T>(Expression<T> expression) => (Expression<T>)new ConsentingInliner().Visit(expression);

    private static Expression<Func<T, AccessScope, bool>> Combine<T>(
        Expression<Func<T, AccessScope, bool>> left, Expression<Func<T, AccessScope, bool>> right, Func<Expression, Expression, Expression> join) =>
        Expression.Lambda<Func<T, AccessScope, bool>>(join(left.Body, ParameterReplacer.Inline(right, left.Parameters[0], left.Parameters[1])), left.Parameters);

    private sealed class ConsentingInliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.Name == nameof(Consenting) && node.Method.DeclaringType == typeof(DisclosurePolicy)
                ? ParameterReplacer.Inline(NamesCaller, Visit(node.Arguments[0]), Visit(node.Arguments[1]))
                : base.VisitMethodCall(node);
    }
}
