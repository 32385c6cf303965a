using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Writes;

/// <summary>Takes the row locks of projects for the rest of the request's transaction. A project
/// must keep covering the countries and days of its activities: every write that changes either
/// side locks the project first, so that such writes happen one after the other and each checks
/// what the one before it committed. A project's activity keys are numbered under it too.</summary>
internal static class ProjectLock
{
    /// <summary>Locks the projects of <paramref name="projects"/> (already limited to those the
    /// actor may write); how many there were.</summary>
    public static Task<int> TakeAsync(IQueryable<Project> projects, CancellationToken cancellationToken) =>
        projects.ExecuteUpdateAsync(s => s.SetProperty(p => p.ChangedOn, p => p.ChangedOn), cancellationToken);
}
