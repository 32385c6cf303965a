using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Paging;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Cases;

/// <summary>Every read of cases goes through here: the visibility rule filters the rows, the
/// projection gates the columns, and each case that reaches the response is recorded for the
/// disclosure log.</summary>
internal static class CaseReader
{
    public static IQueryable<Case> Visible(IResolveFieldContext context, AccessScope scope) =>
        context.Db().Cases.AsNoTracking().Where(DisclosurePolicy.Visible.For(scope));

    public static async Task<Page<CaseRow>> PageAsync(IResolveFieldContext context, Purpose purpose)
    {
        var scope = context.Scope(purpose);
        // Rule 2's two disjoint halves, each paged by its own index: an owner of many cases reads a
        // page of them, not all it owns.
        var walk = await context.RequestServices!.GetRequiredService<ConsentDensity>()
            .WalkCasesAsync(context.Db(), scope, PageRequest.From(context).Size, context.CancellationToken);
        var consented = walk ? DisclosurePolicy.ConsentedToOthersProbed : DisclosurePolicy.ConsentedToOthers;
        var halves = new[] { DisclosurePolicy.Owns, consented }.Select(half => context.Db().Cases.AsNoTracking().Where(half.For(scope))).ToList();
        var page = await ConnectionQuery.PageAsync(context, Visible(context, scope),
            CaseCatalog.Rows, CaseCatalog.Filters, CaseCatalog.Order, CaseCatalog.DefaultOrder, CaseCatalog.Unique, scope, halves);
        var selected = SelectedFields.OfConnectionNodes(context);
        var shown = SelectedFields.Of(context).Overlaps(["edges", "nodes"]);
        foreach (var edge in page.Edges)
        {
            Disclose(context, edge.Node, purpose, selected, shown);
        }

        return page;
    }

    public static async Task<CaseRow?> SingleAsync(IResolveFieldContext context, Guid id, Purpose purpose)
    {
        var scope = context.Scope(purpose);
        var selected = SelectedFields.Of(context);
        var row = await context.Db().Cases.AsNoTracking().Where(c => c.Id == id).Where(DisclosurePolicy.VisibleProbed.For(scope))
            .Select(CaseCatalog.Rows.Build(selected, scope)).SingleOrDefaultAsync(context.CancellationToken);
        return row is null ? null : Disclose(context, row, purpose, selected, shown: true);
    }

    /// <summary>The case behind a referral: null unless visible to the caller for the purpose.</summary>
    public static IDataLoaderResult<CaseRow?> Load(IResolveFieldContext context, Guid id, Purpose purpose)
    {
        var scope = context.Scope(purpose);
        var selected = SelectedFields.Of(context);
        var visible = DisclosurePolicy.VisibleProbed.For(scope);
        var projection = CaseCatalog.Rows.Build(selected, scope);
        return context.Load<Guid, CaseRow?>($"case:{purpose}:{RequestLoaders.PathOf(context)}", id, null, async (db, ids, ct) =>
        {
            var rows = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Where(visible).Select(projection).ToListAsync(ct);
            return rows.ToDictionary(r => r.Id, r => (CaseRow?)Disclose(context, r, purpose, selected, shown: true));
        });
    }

    private static CaseRow Disclose(IResolveFieldContext context, CaseRow row, Purpose purpose, IReadOnlySet<string> selected, bool shown)
    {
        row.Purpose = purpose;
        row.Selected = selected;
        if (shown)
        {
            context.HubContext().Disclosures.Record(row.Id, purpose, Withholding.Disclosed(row, selected));
        }

        return row;
    }
}
