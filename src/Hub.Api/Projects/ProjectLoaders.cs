using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.Access;
using Hub.Api.CapacityBuilding;
using Hub.Api.GraphQL.Loading;
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
                .Join(db.Agencies.Include(a => a.Country), pp => pp.AgencyId, a => a.Id, (pp, a) => new { pp.ProjectId, Agency = a })
                .ToListAsync(ct))
            .GroupBy(x => x.ProjectId).ToDictionary(g => g.Key, g => g.Select(x => x.Agency).OrderBy(a => a.Code, StringComparer.Ordinal).ToList()));

    /// <summary>Contributions of the projects whose financials the caller may see; the policy is
    /// part of this query too, not only of the project's row.</summary>
    public static IDataLoaderResult<List<DonorContribution>> LoadContributions(IResolveFieldContext context, Guid projectId)
    {
        var disclosed = DisclosurePolicy.FinancialsDisclosed.For(context.Scope());
        return context.Load<Guid, List<DonorContribution>>("project-contributions", projectId, [], async (db, ids, ct) =>
            (await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)).Where(disclosed).SelectMany(p => p.Contributions).ToListAsync(ct))
            .GroupBy(c => c.ProjectId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Year).ThenBy(c => c.Donor, StringComparer.Ordinal).ToList()));
    }

    /// <summary>The activities of each project, latest first, at most <paramref name="limit"/> each.</summary>
    public static IDataLoaderResult<List<ActivityRow>> LoadActivities(IResolveFieldContext context, Guid projectId, int limit)
    {
        var projection = ActivityCatalog.Rows.Build(SelectedFields.Of(context), context.Scope());
        return context.Load<Guid, List<ActivityRow>>("project-activities:" + RequestLoaders.PathOf(context) + ":" + limit, projectId, [], async (db, ids, ct) =>
        {
            var rows = await db.CapacityBuildingActivities.AsNoTracking().Where(a => ids.Contains(a.ProjectId))
                .OrderByDescending(a => a.StartsOn).ThenBy(a => a.Id)
                .Select(GroupedRow<ActivityRow>.Select<CapacityBuildingActivity>(a => a.ProjectId, projection))
                .ToListAsync(ct);
            return rows.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Take(limit).Select(r => r.Row).ToList());
        });
    }
}
