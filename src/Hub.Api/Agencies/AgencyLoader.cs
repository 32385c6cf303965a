using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.GraphQL.Loading;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Agencies;

/// <summary>Agencies by id, in one query per request level. The registry is public to members, so
/// whole rows are read.</summary>
internal static class AgencyLoader
{
    public static IDataLoaderResult<Agency?> LoadAgency(this IResolveFieldContext context, Guid id) =>
        context.Load<Guid, Agency?>("agencies", id, null, async (db, ids, ct) =>
            await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => (Agency?)a, ct));
}
