using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

/// <summary>DESIGN §3 rules 2, 3, 4 and 6, written out plainly over an <see cref="OracleWorld"/>, to
/// compare the server's answers with. Choices where DESIGN is silent:
/// <list type="bullet">
/// <item>A consent is active at t iff <c>GrantedOn &lt;= t &lt; ExpiresOn</c> and not
/// <c>RevokedOn &lt;= t</c>: granting is inclusive, expiry and revocation take effect at their instant.</item>
/// <item>A caller whose agency is unknown or not <c>ACTIVE</c> sees nothing, its own cases included.</item>
/// <item>The owner agency's status matters only to the owner: a consented recipient keeps seeing
/// a case whose owner is suspended.</item>
/// <item>A consent names A when <c>RecipientAgencyId == A.Id</c>, or, when it names no agency, when both
/// <c>RecipientKind</c> and <c>RecipientCountryCode</c> are set and equal A's (ordinal country codes).
/// A consent with a recipient agency ignores kind and country.</item>
/// <item>Visibility (rule 2) does not depend on roles: a caller without <c>Cases.Read</c> still sees the
/// case, with every field withheld for <c>MISSING_ROLE</c>.</item>
/// <item>Roles are exact and independent: <c>Cases.ReadIdentity</c> does not imply <c>Cases.Read</c>, and
/// no other role (e.g. <c>Hub.Admin</c>) opens any category.</item>
/// <item>A withheld field's reason is <c>MISSING_ROLE</c> when the roles do not allow its category, even
/// if no consent covers it either; otherwise <c>NO_CONSENT</c>. Owners only ever get <c>MISSING_ROLE</c>.</item>
/// <item>Requested field names that are not gated (<c>id</c>, <c>owner</c>, ...) are ignored; repeated
/// names count once; withheld lists come in schema order (compare them as sets if the server differs).</item>
/// <item>Lists of cases come in world order from <see cref="VisibleCases(OracleWorld, OracleCaller, Purpose, DateTime)"/>;
/// <see cref="OrderedCases"/> gives the server's documented orders: by default latest registered first
/// (then id descending), or by reference. <see cref="WorldKeys"/> makes registration order and
/// reference order both world order, without ties.</item>
/// <item>Filters on the ungated fields (<c>reference</c>, <c>registeredOn</c>, <c>owner</c>) always see
/// the value; see <see cref="FilterEvaluator"/> for the rest.</item>
/// <item>Referrals (rule 7): the caller's (active) agency sees the referrals it sent or received, whatever
/// the other party's status; a referral's <c>case</c> is the case's projection for the declared purpose,
/// null when the case is not visible, and then the referral's <c>withheld</c> lists
/// <c>{ field: "case", reason: NO_CONSENT }</c> if <c>case</c> was selected. <c>Case.referrals</c> lists all
/// of the case's referrals to its owner, and to any other agency those it is a party to.</item>
/// <item>Disclosure log (rules 9 and 12): one row per (case, purpose) named in a response that succeeded.
/// A case is named when the response holds the case object (with the categories of the requested gated
/// fields that were disclosed; withheld fields do not count; id or reference alone gives no category) or a
/// cursor that points at it (an edge's cursor, a case connection's start or end cursor: no category);
/// a case named several ways gets one row with the union. A referral's own record names no case. A
/// response with errors and no data writes no row. See <see cref="ExpectedDisclosures"/>.</item>
/// </list></summary>
public static class DisclosureOracle
{
    /// <summary>GraphQL field name → data category, for every gated Case field.</summary>
    public static IReadOnlyDictionary<string, DataCategory> FieldCategories => CaseFields.Categories;

    public const DataCategory AllCategories =
        DataCategory.Identity | DataCategory.Demographic | DataCategory.TraffickingExperience | DataCategory.Assistance;

    public static bool IsActive(OracleConsent c, DateTime t)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.GrantedOn <= t && t < c.ExpiresOn && !(c.RevokedOn <= t);
    }

    /// <summary>Whether the consent's recipient is <paramref name="agency"/> (directly or by kind and country).</summary>
    public static bool Names(OracleConsent c, OracleAgency agency)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(agency);
        return c.RecipientAgencyId is { } id
            ? id == agency.Id
            : c.RecipientKind == agency.Kind
              && c.RecipientCountryCode is not null
              && string.Equals(c.RecipientCountryCode, agency.CountryCode, StringComparison.Ordinal);
    }

    /// <summary>The categories the roles allow: <c>IDENTITY</c> with <c>Cases.ReadIdentity</c>, the
    /// other three with <c>Cases.Read</c>.</summary>
    public static DataCategory AllowedByRoles(IReadOnlySet<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var allowed = DataCategory.None;
        if (roles.Contains(OracleRoles.CasesReadIdentity))
        {
            allowed |= DataCategory.Identity;
        }

        if (roles.Contains(OracleRoles.CasesRead))
        {
            allowed |= DataCategory.Demographic | DataCategory.TraffickingExperience | DataCategory.Assistance;
        }

        return allowed;
    }

    /// <summary>The caller's agency when it exists and is active; otherwise null (it sees nothing).</summary>
    public static OracleAgency? ActiveAgency(OracleWorld w, OracleCaller caller)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(caller);
        return w.FindAgency(caller.AgencyId) is { Status: AgencyStatus.Active } agency ? agency : null;
    }

    /// <summary>The active consents for (caller's agency, purpose) on the case.</summary>
    public static IEnumerable<OracleConsent> ActiveConsents(OracleWorld w, OracleAgency agency, Purpose p, DateTime t, OracleCase c)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(c);
        return w.Consents.Where(k => k.CaseId == c.Id && k.Purpose == p && IsActive(k, t) && Names(k, agency));
    }

    /// <summary>Rule 2.</summary>
    public static bool IsVisible(OracleWorld w, OracleCaller caller, Purpose p, DateTime t, OracleCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var agency = ActiveAgency(w, caller);
        return agency is not null && (c.OwnerAgencyId == agency.Id || ActiveConsents(w, agency, p, t, c).Any());
    }

    /// <summary>What the caller may see by ownership or consent, before roles: every category for the
    /// owner, else the union of the active consents' categories; none when not visible.</summary>
    public static DataCategory ConsentedCategories(OracleWorld w, OracleCaller caller, Purpose p, DateTime t, OracleCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var agency = ActiveAgency(w, caller);
        if (agency is null)
        {
            return DataCategory.None;
        }

        return c.OwnerAgencyId == agency.Id
            ? AllCategories
            : ActiveConsents(w, agency, p, t, c).Aggregate(DataCategory.None, (all, k) => all | k.Categories) & AllCategories;
    }

    /// <summary>Rule 3: roles allow it and (owner or an active consent for (A, P) includes it).</summary>
    public static DataCategory DisclosedCategories(OracleWorld w, OracleCaller caller, Purpose p, DateTime t, OracleCase c)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return IsVisible(w, caller, p, t, c)
            ? AllowedByRoles(caller.Roles) & ConsentedCategories(w, caller, p, t, c)
            : DataCategory.None;
    }

    /// <summary>Rule 4, for a visible case: each requested gated field that is not disclosed, with its
    /// category and reason (<c>MISSING_ROLE</c> first, else <c>NO_CONSENT</c>), in schema order.</summary>
    public static IReadOnlyList<ExpectedWithheld> Withheld(
        OracleWorld w, OracleCaller caller, Purpose p, DateTime t, OracleCase c, IEnumerable<string> requestedFields)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!IsVisible(w, caller, p, t, c))
        {
            throw new ArgumentException("The case is not visible to the caller, so nothing of it is answered.", nameof(c));
        }

        var disclosed = DisclosedCategories(w, caller, p, t, c);
        var allowed = AllowedByRoles(caller.Roles);
        return
        [
            .. Requested(requestedFields)
                .Select(f => (Field: f, Category: CaseFields.Categories[f]))
                .Where(f => (disclosed & f.Category) == DataCategory.None)
                .Select(f => new ExpectedWithheld(
                    f.Field,
                    f.Category,
                    (allowed & f.Category) == DataCategory.None ? OracleWithholdReason.MissingRole : OracleWithholdReason.NoConsent)),
        ];
    }

    /// <summary>The ids of every case visible to the caller, in world order.</summary>
    public static IReadOnlyList<Guid> VisibleCases(OracleWorld w, OracleCaller caller, Purpose p, DateTime t) =>
        VisibleCases(w, caller, p, t, filter: null);

    /// <summary>Rule 6: the visible cases the filter matches, a leaf on a withheld field never being
    /// what makes a case match (see <see cref="FilterEvaluator"/>).</summary>
    public static IReadOnlyList<Guid> VisibleCases(OracleWorld w, OracleCaller caller, Purpose p, DateTime t, OracleFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(w);
        return
        [
            .. w.Cases
                .Select((c, i) => (Case: c, Index: i))
                .Where(x => IsVisible(w, caller, p, t, x.Case))
                .Where(x => filter is null || FilterEvaluator.Matches(filter, x.Case, DisclosedCategories(w, caller, p, t, x.Case), WorldKeys.Of(w, x.Index)))
                .Select(x => x.Case.Id),
        ];
    }

    /// <summary>The visible cases the filter matches, in the order the server documents for
    /// <paramref name="order"/>.</summary>
    public static IReadOnlyList<Guid> OrderedCases(OracleWorld w, OracleCaller caller, Purpose p, DateTime t, OracleFilter? filter, CaseOrder order)
    {
        var visible = VisibleCases(w, caller, p, t, filter);
        var index = w.Cases.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return order switch
        {
            CaseOrder.Default => [.. visible.OrderByDescending(id => WorldKeys.RegisteredOn(w.ReferenceTime, index[id])).ThenByDescending(id => id)],
            CaseOrder.ReferenceAscending => [.. visible.OrderBy(id => WorldKeys.Reference(index[id]), StringComparer.Ordinal)],
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
        };
    }

    /// <summary>Rule 7: the referrals the caller's active agency sent or received, in world order.</summary>
    public static IReadOnlyList<OracleReferral> VisibleReferrals(OracleWorld w, OracleCaller caller)
    {
        ArgumentNullException.ThrowIfNull(w);
        var agency = ActiveAgency(w, caller);
        return agency is null ? [] : [.. w.Referrals.Where(r => r.FromAgencyId == agency.Id || r.ToAgencyId == agency.Id)];
    }

    /// <summary><c>referral(id)</c>: the referral when the caller is a party to it, else null (rule 8).</summary>
    public static OracleReferral? FindReferral(OracleWorld w, OracleCaller caller, Guid referralId) =>
        VisibleReferrals(w, caller).FirstOrDefault(r => r.Id == referralId);

    /// <summary><c>Case.referrals</c> of a visible case: every referral of the case for its owner, those the
    /// caller is a party to for anyone else.</summary>
    public static IReadOnlyList<OracleReferral> ReferralsOfCase(OracleWorld w, OracleCaller caller, OracleCase c)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(c);
        var agency = ActiveAgency(w, caller);
        if (agency is null)
        {
            return [];
        }

        return c.OwnerAgencyId == agency.Id
            ? [.. w.Referrals.Where(r => r.CaseId == c.Id)]
            : [.. w.Referrals.Where(r => r.CaseId == c.Id && (r.FromAgencyId == agency.Id || r.ToAgencyId == agency.Id))];
    }

    /// <summary>A referral's expected <c>withheld</c> list: <c>case</c> for <c>NO_CONSENT</c> when the case
    /// was selected and is not visible; nothing otherwise.</summary>
    public static IReadOnlyList<(string Field, OracleWithholdReason Reason)> WithheldOfReferral(
        OracleWorld w, OracleCaller caller, Purpose p, DateTime t, OracleReferral r, bool caseSelected)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        return caseSelected && !IsVisible(w, caller, p, t, w.FindCase(r.CaseId)!) ? [("case", OracleWithholdReason.NoConsent)] : [];
    }

    /// <summary>The expected answer of <c>case(id)</c>: null when the case does not exist or is not
    /// visible (rule 8 answers both alike).</summary>
    public static ExpectedCase? Project(
        OracleWorld w, OracleCaller caller, Purpose p, DateTime t, Guid caseId, IEnumerable<string> requestedFields)
    {
        ArgumentNullException.ThrowIfNull(w);
        return w.FindCase(caseId) is { } c ? Project(w, caller, p, t, c, requestedFields) : null;
    }

    /// <summary>The expected view of one case: null when not visible; otherwise each requested gated field
    /// with its value when disclosed and null when withheld, and the withheld list.</summary>
    public static ExpectedCase? Project(
        OracleWorld w, OracleCaller caller, Purpose p, DateTime t, OracleCase c, IEnumerable<string> requestedFields)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (!IsVisible(w, caller, p, t, c))
        {
            return null;
        }

        var requested = Requested(requestedFields);
        var disclosed = DisclosedCategories(w, caller, p, t, c);
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        var inResponse = DataCategory.None;
        foreach (var field in requested)
        {
            var category = CaseFields.Categories[field];
            var isDisclosed = (disclosed & category) == category;
            fields[field] = isDisclosed ? CaseFields.Value(c, field) : null;
            inResponse |= isDisclosed ? category : DataCategory.None;
        }

        return new ExpectedCase(c.Id, disclosed, inResponse, fields, Withheld(w, caller, p, t, c, requested));
    }

    /// <summary>The gated fields among the requested ones, once each, in schema order.</summary>
    private static IReadOnlyList<string> Requested(IEnumerable<string> requestedFields)
    {
        ArgumentNullException.ThrowIfNull(requestedFields);
        var asked = new HashSet<string>(requestedFields, StringComparer.Ordinal);
        return [.. CaseFields.All.Where(asked.Contains)];
    }
}
