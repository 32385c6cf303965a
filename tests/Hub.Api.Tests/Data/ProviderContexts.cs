using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Data;

/// <summary>The Hub's context on each provider, with its migrations assembly, and no database
/// behind it: enough for the model, its migrations and the SQL it would send.</summary>
internal static class ProviderContexts
{
    public static TheoryData<string> Names => new() { "Sqlite", "SqlServer", "PostgreSql" };

    public static HubDbContext Create(string provider)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        var assembly = "Hub.Migrations." + provider;
        _ = provider switch
        {
            "Sqlite" => options.UseSqlite("Data Source=:memory:", x => x.MigrationsAssembly(assembly)),
            "SqlServer" => options.UseSqlServer("Server=none", x => x.MigrationsAssembly(assembly)),
            "PostgreSql" => options.UseNpgsql("Host=none", x => x.MigrationsAssembly(assembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Not a provider of the Hub."),
        };
        return new HubDbContext(options.Options);
    }
}
