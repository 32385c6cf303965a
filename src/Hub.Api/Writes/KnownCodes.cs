using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Writes;

/// <summary>The country and agency codes a write names, read in one query each, so that a file of
/// thousands of rows is checked against what it names and not row by row.</summary>
internal sealed record KnownCodes(IReadOnlySet<string> Countries, IReadOnlyDictionary<string, Guid> Agencies, IReadOnlySet<Guid> Suspended)
{
    public static async Task<KnownCodes> LoadAsync(HubDbContext db, IEnumerable<string> countries, IEnumerable<string> agencies, CancellationToken cancellationToken)
    {
        var wanted = agencies.Distinct(StringComparer.Ordinal).ToList();
        var known = wanted.Count == 0 ? []
            : await db.Agencies.AsNoTracking().Where(a => wanted.Contains(a.Code)).Select(a => new { a.Id, a.Code, a.Status }).ToListAsync(cancellationToken);
        return new KnownCodes(await CountriesAsync(db, countries, cancellationToken), known.ToDictionary(a => a.Code, a => a.Id, StringComparer.Ordinal),
            known.Where(a => a.Status != AgencyStatus.Active).Select(a => a.Id).ToHashSet());
    }

    public static async Task<IReadOnlySet<string>> CountriesAsync(HubDbContext db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.Distinct(StringComparer.Ordinal).ToList();
        return wanted.Count == 0 ? new HashSet<string>()
            : (await db.Countries.AsNoTracking().Where(c => wanted.Contains(c.Code)).Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }
}
