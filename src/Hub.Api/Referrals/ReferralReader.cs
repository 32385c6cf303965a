using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.Access;
using Hub.Api.Cases;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Projection;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Referrals;

/// <summary>Every read of referrals goes through here: a referral is visible to its two parties
/// (and, under its case, to the case's owner); the case behind it follows the case rules.</summary>
internal static class ReferralReader
{
    public static async Task<Page<ReferralRow>> PageAsync(IResolveFieldContext context, Purpose purpose)
    {
        var scope = context.Scope(purpose);
        var changedSince = ChangedSince.Of(context);
        var halves = DisclosurePolicy.ReferralVisibleHalves.Select(half => ChangedSince.Apply(context.Db().Referrals.AsNoTracking().Where(half.For(scope)), ChangedSince.On<Referral>(r => r.ChangedOn), changedSince)).ToList();
        var page = await ConnectionQuery.PageAsync(context, ChangedSince.Apply(context.Db().Referrals.AsNoTracking().Where(DisclosurePolicy.ReferralVisible.For(scope)), ChangedSince.On<Referral>(r => r.ChangedOn), changedSince),
            ReferralCatalog.Rows, ReferralCatalog.Filters, ReferralCatalog.Order, ReferralCatalog.DefaultOrder, ReferralCatalog.Unique, scope, halves);
        var selected = SelectedFields.OfConnectionNodes(context);
        foreach (var edge in page.Edges)
        {
            Read(edge.Node, purpose, selected);
        }

        return page;
    }

    public static async Task<ReferralRow?> SingleAsync(IResolveFieldContext context, Guid id, Purpose purpose)
    {
        var scope = context.Scope(purpose);
        var selected = SelectedFields.Of(context);
        var row = await context.Db().Referrals.AsNoTracking().Where(DisclosurePolicy.ReferralVisible.For(scope)).Where(r => r.Id == id)
            .Select(ReferralCatalog.Rows.Build(selected, scope)).SingleOrDefaultAsync(context.CancellationToken);
        return row is null ? null : Read(row, purpose, selected);
    }

    /// <summary>A referral a write of the caller's agency made or moved, read for the purpose it
    /// was made for: its case is shown as the recipient may see it under that consent.</summary>
    public static async Task<ReferralRow?> WrittenAsync(IResolveFieldContext context, Guid id)
    {
        var purpose = await context.Db().Referrals.AsNoTracking().Where(r => r.Id == id).Select(r => (Purpose?)r.Purpose).SingleOrDefaultAsync(context.CancellationToken);
        return purpose is { } p ? await SingleAsync(context, id, p) : null;
    }

    /// <summary>A case's referrals the caller may see, oldest first, paged in memory: a case has a
    /// handful, and one query serves the whole page of cases.</summary>
    public static IDataLoaderResult<Page<ReferralRow>> OfCase(IResolveFieldContext context, CaseRow owner)
    {
        var scope = context.Scope(owner.Purpose);
        var page = PageRequest.From(context, scope);
        if (page.Backward)
        {
            throw new ExecutionError("A case's referrals page forward only: use first and after.") { Code = ErrorCodes.InvalidPaging };
        }

        var selected = SelectedFields.OfConnectionNodes(context);
        var projection = ReferralCatalog.Rows.Build(selected, scope);
        var isOwner = DisclosurePolicy.IsOwner(owner.OwnerAgencyId, scope);
        var key = $"case-referrals:{owner.Purpose}:{isOwner}:{RequestLoaders.PathOf(context)}";
        return context.Load<Guid, List<ReferralRow>>(key, owner.Id, [], async (db, ids, ct) =>
        {
            var referrals = db.Referrals.AsNoTracking().Where(r => ids.Contains(r.CaseId));
            if (!isOwner)
            {
                referrals = referrals.Where(DisclosurePolicy.ReferralVisible.For(scope));
            }

            var rows = await referrals.Select(projection).ToListAsync(ct);
            return rows.GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.ReferredOn).ThenBy(r => r.Id).ToList());
        }).Then(rows => InMemoryPage(rows, page, owner, selected));
    }

    private static Page<ReferralRow> InMemoryPage(List<ReferralRow> rows, PageRequest page, CaseRow owner, IReadOnlySet<string> selected)
    {
        // A cursor of one case's referrals is of no use on another case's.
        var ordering = $"Referral of case {owner.Id}:referredOn asc,id asc";
        IEnumerable<ReferralRow> items = rows;
        if (page.Cursor is not null)
        {
            var values = page.Cursors.Open(page.Cursor, ordering, [typeof(DateTime), typeof(Guid)]);
            var (on, id) = ((DateTime)values[0]!, (Guid)values[1]!);
            items = items.Where(r => r.ReferredOn > on || (r.ReferredOn == on && r.Id.CompareTo(id) > 0));
        }

        var list = items.ToList();
        var edges = list.Take(page.Size).Select(r => new PageEdge<ReferralRow>(page.Cursors.Seal(ordering, [r.ReferredOn, r.Id]), Read(r, owner.Purpose, selected))).ToList();
        return new Page<ReferralRow>(edges, list.Count > page.Size, page.Cursor is not null, _ => Task.FromResult(rows.Count));
    }

    private static ReferralRow Read(ReferralRow row, Purpose purpose, IReadOnlySet<string> selected)
    {
        row.Purpose = purpose;
        row.Selected = selected;
        return row;
    }
}
