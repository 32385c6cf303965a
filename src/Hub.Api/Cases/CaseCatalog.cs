using Hub.Api.Access;
using Hub.Api.Agencies;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Ordering;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Projection;
using Hub.Data.Entities;
using GraphQLTypes = GraphQL.Types;

namespace Hub.Api.Cases;

/// <summary>How case fields map to columns under the disclosure policy, and what clients may
/// filter and order cases by. Every gated column is read inside its category's gate; every filter
/// on a gated field carries the gate too. The gated fields come from <see cref="GatedCaseFields"/>.</summary>
internal static class CaseCatalog
{
    public static readonly RowProjection<Case, CaseRow> Rows = Gated(new RowProjection<Case, CaseRow>()
        .Always(r => r.Id, (c, s) => c.Id)
        .Always(r => r.OwnerAgencyId, (c, s) => c.OwnerAgencyId)
        .Map("owner", r => r.Owner, (c, s) => c.OwnerAgency)
        .Map("reference", r => r.Reference, (c, s) => c.Reference)
        .Map("registeredOn", r => r.RegisteredOn, (c, s) => (DateTime?)c.RegisteredOn)
        .Map("changedOn", r => r.ChangedOn, Gate.When<Case, DateTime?>(DisclosurePolicy.Owns, (c, s) => c.ChangedOn))
        .Map("version", r => r.Version, (c, s) => (int?)c.Version));

    // A column is read under its category's gate; a category's flag (the gate itself, projected as
    // a boolean) is read whenever one of its fields, or the withheld list, is selected. A category
    // the caller's roles do not open is not read at all: its gate is false whatever the case, and
    // EF Core would fold it into a constant (an array of constants only is one it refuses).
    private static RowProjection<Case, CaseRow> Gated(RowProjection<Case, CaseRow> rows)
    {
        foreach (var (field, index) in GatedCaseFields.All.Select((f, i) => (f, i)))
        {
            var gate = GatedCaseFields.GateOf(field.Category);
            var opened = Opens(field.Category);
            rows.MapElement(field.Name, r => r.Values, index, field.ReadUnder(gate), opened);
            rows.MapElement(field.Name, r => r.Disclosed, Array.IndexOf(CaseCategories.All, field.Category), gate, opened);
        }

        foreach (var (seen, index) in DisclosurePolicy.SeenChanges.Select((c, i) => (c, i)))
        {
            rows.MapElement("changedOn", r => r.SeenChanges, index, seen);
        }

        foreach (var (category, index) in CaseCategories.All.Select((c, i) => (c, i)))
        {
            rows.MapElement("withheld", r => r.Disclosed, index, GatedCaseFields.GateOf(category), Opens(category));
            rows.MapElement(CaseCategories.FlagField(category), r => r.Disclosed, index, GatedCaseFields.GateOf(category), Opens(category));
        }

        return rows;
    }

    private static Func<AccessScope, bool> Opens(DataCategory category) => scope => scope.Opens(category);

    public static readonly IReadOnlyList<FilterField<Case>> Filters =
    [
        new ValueFilter<Case, string>("reference", "The owner's reference.", typeof(StringFilterInputGraphType), (c, s) => c.Reference),
        new ValueFilter<Case, DateTime>("registeredOn", "When the case was registered.", typeof(ComparableFilterInputGraphType<GraphQLTypes.DateTimeGraphType>), (c, s) => c.RegisteredOn),
        new AgencyFilter<Case>("owner", "The agency that registered the case.", c => c.OwnerAgencyId),
        .. GatedCaseFields.All.Select(f => f.Filter(GatedCaseFields.GateOf(f.Category))),
    ];

    /// <summary>What statistics may filter cases by: everything but the reference, which names one
    /// case and would let two questions differ by exactly the people the asker chose.</summary>
    public static readonly IReadOnlyList<FilterField<Case>> CountingFilters = [.. Filters.Where(f => f.Name != "reference")];

    // Ordering by a gated column would evaluate the consent gate for every visible row and leak
    // an order over withheld values: cases order by their ungated keys only.
    public static readonly IReadOnlyList<OrderField<Case>> Order =
    [
        new("registeredOn", "By registration time.", d => OrderKey<Case>.By("registeredOn", c => c.RegisteredOn, d)),
        new("reference", "By the owner's reference.", d => OrderKey<Case>.By("reference", c => c.Reference, d)),
    ];

    public static readonly OrderKey<Case> Unique = OrderKey<Case>.By("id", c => c.Id);

    public static readonly IReadOnlyList<OrderKey<Case>> DefaultOrder = [OrderKey<Case>.By("registeredOn", c => c.RegisteredOn, descending: true)];
}
