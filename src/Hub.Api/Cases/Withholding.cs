using Hub.Api.Access;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

/// <summary>Rule 4: the requested gated fields of a case that the policy did not disclose, with
/// their category and why: the caller's roles do not open the category (MISSING_ROLE), or no
/// active consent for the purpose names the caller with it (NO_CONSENT).</summary>
internal static class Withholding
{
    public static IReadOnlyList<WithheldField> Of(CaseRow row, IEnumerable<string> selected, AccessScope scope) =>
        Gated(selected)
            .Where(f => !row.Discloses(f.Category))
            .Select(f => new WithheldField(f.Name, f.Category,
                !scope.Opens(f.Category) ? WithholdReason.MissingRole : WithholdReason.NoConsent))
            .ToList();

    /// <summary>The categories of the requested fields that were disclosed: what a Disclosure row records.</summary>
    public static DataCategory Disclosed(CaseRow row, IEnumerable<string> selected) =>
        Gated(selected).Select(f => f.Category).Where(row.Discloses).Aggregate(DataCategory.None, (all, c) => all | c);

    private static IEnumerable<GatedCaseField> Gated(IEnumerable<string> selected) =>
        selected.Select(name => GatedCaseFields.ByName.GetValueOrDefault(name)).OfType<GatedCaseField>();
}
