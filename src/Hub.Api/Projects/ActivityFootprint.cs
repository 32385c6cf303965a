using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Projects;

/// <summary>Where and when a project's capacity-building activities run: a project's countries and
/// period must keep covering them.</summary>
internal sealed record ActivityFootprint(DateOnly? First, DateOnly? Last, IReadOnlySet<string> Countries)
{
    public static async Task<Dictionary<Guid, ActivityFootprint>> OfAsync(HubDbContext db, IReadOnlyCollection<Guid> projects, CancellationToken cancellationToken)
    {
        var rows = await db.CapacityBuildingActivities.AsNoTracking().Where(a => projects.Contains(a.ProjectId))
            .GroupBy(a => new { a.ProjectId, a.CountryCode })
            .Select(g => new { g.Key.ProjectId, g.Key.CountryCode, First = g.Min(a => a.StartsOn), Last = g.Max(a => a.EndsOn) })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ProjectId).ToDictionary(g => g.Key, g => new ActivityFootprint(
            g.Min(r => r.First), g.Max(r => r.Last), g.Select(r => r.CountryCode).ToHashSet(StringComparer.Ordinal)));
    }
}
