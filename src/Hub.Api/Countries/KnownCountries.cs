using System.Collections.Concurrent;
using Hub.Data.Entities;

namespace Hub.Api.Countries;

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
