using Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Api.Health;

/// <summary>Ready only when the database has every migration this build knows.</summary>
internal sealed class MigrationsHealthCheck(HubDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy("Migrations applied.")
            : HealthCheckResult.Unhealthy($"{pending} migration(s) pending: run the migrate command.");
    }
}
