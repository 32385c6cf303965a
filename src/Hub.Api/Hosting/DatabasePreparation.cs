using Hub.Api.GraphQL.Paging;
using Hub.Data;
using Hub.Data.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Hosting;

/// <summary>Applies migrations and generates demo data. At start in Development; by the
/// <c>migrate</c> and <c>seed</c> commands elsewhere.</summary>
internal static class DatabasePreparation
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<HubDbContext>>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.ApplyingMigrations(pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while a request writes its disclosure rows.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // The key ring gets its first key here, before any instance serves, rather than from two
        // instances' first cursors at once.
        scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(CursorSeal.ProtectorPurpose).Protect([0]);
    }

    /// <summary>Generates the demo data as of today by the Hub's clock, the one consents are judged
    /// by, so that the demo's consents are active however long after the release it runs.</summary>
    public static async Task SeedAsync(IServiceProvider services, int caseCount, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<HubDbContext>>();
        var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var report = await DemoDataSeeder.SeedAsync(db, caseCount, today, cancellationToken);
        logger.Seeded(report);
    }
}
