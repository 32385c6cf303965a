using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.GraphQL.Loading;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Countries;

internal static class CountryLoader
{
    public static IDataLoaderResult<Country?> LoadCountry(this IResolveFieldContext context, string code) =>
        context.Load<string, Country?>("countries", code, null, async (db, codes, ct) =>
            await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => (Country?)c, ct));
}
