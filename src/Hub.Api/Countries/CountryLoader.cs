using System.Collections.Concurrent;
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

/// <summary>The countries read so far. Countries are reference data the Hub never changes once
/// they are in the database (no request writes them), so a country read once is kept for the life
/// of the process; a code not found is asked again.</summary>
internal sealed class KnownCountries
{
    private readonly ConcurrentDictionary<string, Country> _countries = new(StringComparer.Ordinal);

    public Country? Find(string code) => _countries.GetValueOrDefault(code);

    public IReadOnlyList<Country> Remember(IReadOnlyList<Country> countries)
    {
        foreach (var country in countries)
        {
            _countries.TryAdd(country.Code, country);
        }

        return countries;
    }
}
