using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.GraphQL.Loading;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Countries;

internal static class CountryLoader
{
    /// <summary>A country by code: from <see cref="KnownCountries"/> once read, otherwise in one
    /// query with the other codes the request level asks for.</summary>
    public static IDataLoaderResult<Country?> LoadCountry(this IResolveFieldContext context, string code)
    {
        var known = context.RequestServices!.GetRequiredService<KnownCountries>();
        return known.Find(code) is { } country
            ? DataLoaderResultExtensions.Loaded<Country?>(country)
            : context.Load<string, Country?>("countries", code, null, async (db, codes, ct) =>
                known.Remember(await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Code)).ToListAsync(ct)).ToDictionary(c => c.Code, c => (Country?)c));
    }
}
