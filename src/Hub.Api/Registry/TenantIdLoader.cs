using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.GraphQL.Loading;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Registry;

/// <summary>The tenants of the agencies of a page of the registry, in one query.</summary>
internal static class TenantIdLoader
{
    public static IDataLoaderResult<List<string>> LoadTenantIds(this IResolveFieldContext context, Guid agencyId) =>
        context.Load<Guid, List<string>>("registry:tenants", agencyId, [], async (db, ids, ct) =>
            (await db.AgencyTenants.AsNoTracking().Where(t => ids.Contains(t.AgencyId)).ToListAsync(ct))
                .GroupBy(t => t.AgencyId)
                .ToDictionary(g => g.Key, g => g.Select(t => t.TenantId).Order().Select(t => t.ToString()).ToList()));
}
