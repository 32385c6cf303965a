using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Data;

/// <summary>Each provider's migrations assembly is up to date with the one model.</summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "SqlServer", "PostgreSql" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_CoverTheWholeModel(string provider)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        var assembly = "Hub.Migrations." + provider;
        _ = provider switch
        {
            "Sqlite" => options.UseSqlite("Data Source=:memory:", x => x.MigrationsAssembly(assembly)),
            "SqlServer" => options.UseSqlServer("Server=none", x => x.MigrationsAssembly(assembly)),
            _ => options.UseNpgsql("Host=none", x => x.MigrationsAssembly(assembly)),
        };
        using var db = new HubDbContext(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The model changed: add a migration to {assembly}.");
    }
}
