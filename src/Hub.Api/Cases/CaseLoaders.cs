using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.Access;
using Hub.Api.GraphQL.Loading;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Cases;

/// <summary>The multi-valued fields of cases, loaded for a page at once. Each query carries the
/// category's gate again, so that it reads nothing undisclosed even if asked for the wrong case.</summary>
internal static class CaseLoaders
{
    public static IDataLoaderResult<List<ExploitationType>> ExploitationTypes(IResolveFieldContext context, CaseRow row) =>
        Values(context, row, "exploitation-types", DataCategory.TraffickingExperience, c => c.ExploitationTypes.Select(e => new CaseValue<ExploitationType>(e.CaseId, e.Type)));

    public static IDataLoaderResult<List<MeansOfControl>> MeansOfControl(IResolveFieldContext context, CaseRow row) =>
        Values(context, row, "means-of-control", DataCategory.TraffickingExperience, c => c.MeansOfControl.Select(e => new CaseValue<MeansOfControl>(e.CaseId, e.Means)));

    public static IDataLoaderResult<List<Service>> ServicesNeeded(IResolveFieldContext context, CaseRow row) =>
        Values(context, row, "services-needed", DataCategory.Assistance, c => c.Services.Select(e => new CaseValue<Service>(e.CaseId, e.Service)));

    public static IDataLoaderResult<List<Service>> ServicesReceived(IResolveFieldContext context, CaseRow row) =>
        Values(context, row, "services-received", DataCategory.Assistance, c => c.Services.Where(e => e.Received).Select(e => new CaseValue<Service>(e.CaseId, e.Service)));

    /// <summary>The owner's view of a case's consents.</summary>
    public static IDataLoaderResult<List<Consent>> Consents(IResolveFieldContext context, CaseRow row)
    {
        var owns = DisclosurePolicy.Owns.For(context.Scope(row.Purpose));
        return context.Load<Guid, List<Consent>>("consents", row.Id, [], async (db, ids, ct) =>
            (await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Where(owns).SelectMany(c => c.Consents).ToListAsync(ct))
            .GroupBy(k => k.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(k => k.GrantedOn).ThenBy(k => k.Id).ToList()));
    }

    private static IDataLoaderResult<List<TValue>> Values<TValue>(IResolveFieldContext context, CaseRow row, string name, DataCategory category,
        Expression<Func<Case, IEnumerable<CaseValue<TValue>>>> values)
    {
        var gate = CaseCatalog.GateOf(category).For(context.Scope(row.Purpose));
        return context.Load<Guid, List<TValue>>($"{name}:{row.Purpose}", row.Id, [], async (db, ids, ct) =>
            (await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Where(gate).SelectMany(values).ToListAsync(ct))
            .GroupBy(v => v.CaseId).ToDictionary(g => g.Key, g => g.Select(v => v.Value).Order().ToList()));
    }

    private sealed record CaseValue<TValue>(Guid CaseId, TValue Value);
}
