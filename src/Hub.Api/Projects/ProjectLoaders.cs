using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.Access;
using Hub.Api.CapacityBuilding;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Ordering;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Projection;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Projects;

/// <summary>The relations of projects, each loaded for a whole page in one query.</summary>
internal static class ProjectLoaders
{
    public static IDataLoaderResult<ProjectRow?> LoadProject(IResolveFieldContext context, Guid id)
    {
        var scope = context.Scope();
        var selected = SelectedFields.Of(context);
        return context.Load<Guid, ProjectRow?>("project:" + RequestLoaders.PathOf(context), id, null, async (db, ids, ct) =>
            await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(ProjectCatalog.Rows.Build(selected, scope))
                .ToDictionaryAsync(r => r.Id, r => (ProjectRow?)r, ct));
    }

    public static IDataLoaderResult<List<Country>> LoadCountries(IResolveFieldContext context, Guid projectId) =>
        context.Load<Guid, List<Country>>("project-countries", projectId, [], async (db, ids, ct) =>
            (await db.ProjectCountries.AsNoTracking().Where(pc => ids.Contains(pc.ProjectId))
                .Join(db.Countries, pc => pc.CountryCode, c => c.Code, (pc, c) => new { pc.ProjectId, Country = c })
                .ToListAsync(ct))
            .GroupBy(x => x.ProjectId).ToDictionary(g => g.Key, g => g.Select(x => x.Country).OrderBy(c => c.Code, StringComparer.Ordinal).ToList()));

    public static IDataLoaderResult<List<Agency>> LoadPartners(IResolveFieldContext context, Guid projectId) =>
        context.Load<Guid, List<Agency>>("project-partners", projectId, [], async (db, ids, ct) =>
            (await db.ProjectPartners.AsNoTracking().Where(pp => ids.Contains(pp.ProjectId))
                .Join(db.Agencies, pp => pp.AgencyId, a => a.Id, (pp, a) => new { pp.ProjectId, Agency = a })
                .ToListAsync(ct))
            .GroupBy(x => x.ProjectId).ToDictionary(g => g.Key, g => g.Select(x => x.Agency).OrderBy(a => a.Code, StringComparer.Ordinal).ToList()));

    /// <summary>Contributions of the projects whose financials the caller may see; the policy is
    /// part of this query too, not only of the project's row.</summary>
    public static IDataLoaderResult<List<DonorContribution>> LoadContributions(IResolveFieldContext context, Guid projectId)
    {
        var scope = context.Scope();
        return context.Load<Guid, List<DonorContribution>>("project-contributions", projectId, [], async (db, ids, ct) =>
            (await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)).Where(DisclosurePolicy.FinancialsDisclosed.For(scope)).SelectMany(p => p.Contributions).ToListAsync(ct))
            .GroupBy(c => c.ProjectId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Year).ThenBy(c => c.Donor, StringComparer.Ordinal).ToList()));
    }

    /// <summary>A page of a project's activities, latest first as <c>capacityBuildingActivities</c>
    /// lists them; one query serves the whole page of projects.</summary>
    public static IDataLoaderResult<Page<ActivityRow>> LoadActivities(IResolveFieldContext context, Guid projectId)
    {
        var scope = context.Scope();
        var selected = SelectedFields.OfConnectionNodes(context);
        return NestedConnection.PageOf(context, scope, "project-activities", projectId, context.Db().CapacityBuildingActivities.AsNoTracking(), a => a.ProjectId,
            LatestFirst, () => ActivityCatalog.Rows.Build(selected, scope));
    }

    private static readonly IReadOnlyList<OrderKey<CapacityBuildingActivity>> LatestFirst =
        OrderTranslator.Translate(null, ActivityCatalog.Order, ActivityCatalog.DefaultOrder, ActivityCatalog.Unique);
}
