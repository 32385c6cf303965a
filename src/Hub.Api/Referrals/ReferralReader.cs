using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.Access;
using Hub.Api.Cases;
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
            ReferralCatalog.Rows, ReferralCatalog.Filters, ReferralCatalog.Order, ReferralCatalog.DefaultOrder, ReferralCatalog.Unique, scope, halves,
            ReferralCatalog.Rows.Under(context, ofConnectionNodes: true));
        return Read(page, purpose, SelectedFields.OfConnectionNodes(context));
    }

    public static async Task<ReferralRow?> SingleAsync(IResolveFieldContext context, Guid id, Purpose purpose)
    {
        var scope = context.Scope(purpose);
        var selected = SelectedFields.Of(context);
        var row = await context.Db().Referrals.AsNoTracking().Where(DisclosurePolicy.ReferralVisible.For(scope)).Where(r => r.Id == id)
            .Select(ReferralCatalog.Rows.Build(selected, scope, ReferralCatalog.Rows.Under(context, ofConnectionNodes: false))).SingleOrDefaultAsync(context.CancellationToken);
        return row is null ? null : Read(row, purpose, selected);
    }

    /// <summary>A referral a write of the caller's agency made or moved, read for the purpose it
    /// was made for: its case is shown as the recipient may see it under that consent.</summary>
    public static async Task<ReferralRow?> WrittenAsync(IResolveFieldContext context, Guid id)
    {
        var purpose = await context.Db().Referrals.AsNoTracking().Where(r => r.Id == id).Select(r => (Purpose?)r.Purpose).SingleOrDefaultAsync(context.CancellationToken);
        return purpose is { } p ? await SingleAsync(context, id, p) : null;
    }

    /// <summary>A case's referrals the caller may see (all of them for the owner), oldest first;
    /// one query serves the whole page of cases.</summary>
    public static IDataLoaderResult<Page<ReferralRow>> OfCase(IResolveFieldContext context, CaseRow owner)
    {
        var scope = context.Scope(owner.Purpose);
        var selected = SelectedFields.OfConnectionNodes(context);
        var under = ReferralCatalog.Rows.Under(context, ofConnectionNodes: true);
        var isOwner = DisclosurePolicy.IsOwner(owner.OwnerAgencyId, scope);
        var referrals = context.Db().Referrals.AsNoTracking();
        if (!isOwner)
        {
            referrals = referrals.Where(DisclosurePolicy.ReferralVisible.For(scope));
        }

        return NestedConnection.PageOf(context, scope, $"case-referrals:{owner.Purpose}:{isOwner}", owner.Id, referrals, r => r.CaseId, OldestFirst,
                () => ReferralCatalog.Rows.Build(selected, scope, under))
            .Then(page => Read(page, owner.Purpose, selected));
    }

    private static readonly IReadOnlyList<OrderKey<Referral>> OldestFirst = [OrderKey<Referral>.By("referredOn", r => r.ReferredOn), ReferralCatalog.Unique];

    private static Page<ReferralRow> Read(Page<ReferralRow> page, Purpose purpose, IReadOnlySet<string> selected)
    {
        foreach (var edge in page.Edges)
        {
            Read(edge.Node, purpose, selected);
        }

        return page;
    }

    private static ReferralRow Read(ReferralRow row, Purpose purpose, IReadOnlySet<string> selected)
    {
        row.Purpose = purpose;
        row.Selected = selected;
        return row;
    }
}
