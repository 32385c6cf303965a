using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Expressions;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Projection;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Cases;

/// <summary>Every read of cases goes through here: the visibility rule filters the rows and the
/// projection gates the columns. What reaches the response is logged from the response itself
/// (<see cref="Disclosures.DisclosedCases"/>).</summary>
internal static class CaseReader
{
    public static async Task<Page<CaseRow>> PageAsync(IResolveFieldContext context, Purpose purpose)
    {
        var scope = context.Scope(purpose);
        // Rule 2's two disjoint halves, each paged by its own index: an owner of many cases reads a
        // page of them, not all it owns.
        var request = PageRequest.From(context, scope);
        var walk = await context.RequestServices!.GetRequiredService<ConsentDensity>()
            .WalkCasesAsync(context.Db(), scope, request.Size, context.CancellationToken);
        var consented = walk ? DisclosurePolicy.ConsentedToOthersProbed : DisclosurePolicy.ConsentedToOthers;
        var changedSince = ChangedSince.Of(context);
        // The owner's half compares the case's own change (its index); the other half compares
        // what the caller may learn of the case's changes.
        var owned = ChangedSince.On<Case>(c => c.ChangedOn);
        Func<Expression, Expression<Func<Case, bool>>> seen = bound => DisclosurePolicy.SeenChangedSince(bound).For(scope);
        var halves = new[] { (DisclosurePolicy.Owns, owned), (consented, seen) }
            .Select(half => ChangedSince.Apply(context.Db().Cases.AsNoTracking().Where(half.Item1.For(scope)), half.Item2, changedSince)).ToList();
        var page = await ConnectionQuery.PageAsync(context, ChangedSince.Apply(context.Db().Cases.AsNoTracking().Where(DisclosurePolicy.Visible.For(scope)),
                bound => Either(DisclosurePolicy.Owns.For(scope), owned(bound), seen(bound)), changedSince),
            CaseCatalog.Rows, CaseCatalog.Filters, CaseCatalog.Order, CaseCatalog.DefaultOrder, CaseCatalog.Unique, scope, halves);
        var selected = SelectedFields.OfConnectionNodes(context);
        foreach (var row in page.Edges.Select(e => e.Node).Append(page.Beyond).OfType<CaseRow>())
        {
            Read(row, purpose, selected).FilterReads = page.FilterReads ?? DataCategory.None;
        }

        // A count under a filter would tell of every case it counted without naming one, so none
        // could be logged: counts of chosen cases are what statistics are for.
        // Relative to a cursor, how many items follow says where each stands next to a case the
        // caller saw; under a filter, that each matched.
        // Changed since an instant is a filter too: each case on the page changed since then.
        var filtered = page.FilterReads is not null || changedSince is not null;
        page.Chosen = filtered || request.Cursor is not null;
        if (page.Chosen)
        {
            context.HubContext().ChosenPages.Add(([.. context.ResponsePath], page));
        }

        if (filtered)
        {
            page.RefuseCount(new ExecutionError("totalCount is not answered for cases chosen by a filter: every case it counted would be disclosed unrecorded. Page through the cases, each of which is recorded, or ask the statistics.") { Code = ErrorCodes.InvalidFilter });
        }

        return page;
    }

    // The owner's condition where it owns the case, the other where it does not.
    private static Expression<Func<Case, bool>> Either(Expression<Func<Case, bool>> owns, Expression<Func<Case, bool>> ifOwned, Expression<Func<Case, bool>> otherwise)
    {
        var c = owns.Parameters[0];
        var (o, a, b) = (owns.Body, ParameterReplacer.Inline(ifOwned, c), ParameterReplacer.Inline(otherwise, c));
        return Expression.Lambda<Func<Case, bool>>(Expression.Condition(o, a, b), c);
    }

    public static async Task<CaseRow?> SingleAsync(IResolveFieldContext context, Guid id, Purpose purpose)
    {
        var scope = context.Scope(purpose);
        var selected = SelectedFields.Of(context);
        var row = await context.Db().Cases.AsNoTracking().Where(c => c.Id == id).Where(DisclosurePolicy.VisibleProbed.For(scope))
            .Select(CaseCatalog.Rows.Build(selected, scope)).SingleOrDefaultAsync(context.CancellationToken);
        return row is null ? null : Read(row, purpose, selected);
    }

    /// <summary>The case behind a referral: null unless visible to the caller for the purpose.</summary>
    /// <remarks>The items of a list share one loader, which builds its query once, when the batch is
    /// read: every item at one path selects the same fields. The field's context is not kept past
    /// its resolver.</remarks>
    public static IDataLoaderResult<CaseRow?> Load(IResolveFieldContext context, Guid id, Purpose purpose)
    {
        var scope = context.Scope(purpose);
        var selected = SelectedFields.Of(context);
        return context.Load<Guid, CaseRow?>($"case:{purpose}:{RequestLoaders.PathOf(context)}", id, null, async (db, ids, ct) =>
        {
            var rows = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Where(DisclosurePolicy.VisibleProbed.For(scope))
                .Select(CaseCatalog.Rows.Build(selected, scope)).ToListAsync(ct);
            return rows.ToDictionary(r => r.Id, r => (CaseRow?)Read(r, purpose, selected));
        });
    }

    /// <summary>Whether the case is visible to the caller for the purpose (rule 2), for a page of
    /// cases at once: what a referral's <c>withheld</c> says of its case.</summary>
    public static IDataLoaderResult<bool> IsVisible(IResolveFieldContext context, Guid id, Purpose purpose)
    {
        var scope = context.Scope(purpose);
        return context.Load<Guid, bool>($"case-visible:{purpose}", id, false, async (db, ids, ct) =>
            (await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Where(DisclosurePolicy.VisibleProbed.For(scope)).Select(c => c.Id).ToListAsync(ct))
            .ToDictionary(c => c, _ => true));
    }

    private static CaseRow Read(CaseRow row, Purpose purpose, IReadOnlySet<string> selected)
    {
        row.Purpose = purpose;
        row.Selected = selected;
        return row;
    }
}
