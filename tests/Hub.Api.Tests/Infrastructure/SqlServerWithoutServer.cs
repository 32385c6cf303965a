using Hub.Api.Writes;
using Hub.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>A Hub configured for SQL Server, as in production, with no SQL Server behind it (none
/// runs on these machines): <see cref="Database"/> stands in for it, so that requests run through
/// the whole pipeline and the statements EF Core makes for SQL Server can be read.</summary>
/// <remarks>Two things that would reach the database outside a request are kept away from it: the
/// cursor key ring is kept in the data folder, and the idempotency purge does not run.</remarks>
public sealed class SqlServerWithoutServer : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("hub-sqlserver-").FullName;

    public StandInDatabase Database { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Hub:DataFolder", _dataFolder);
        builder.UseSetting("Hub:PrepareDatabaseOnStart", "false");
        builder.UseSetting("AzureAd:ClientId", TestTokens.HubClientId);
        builder.UseSetting("Database:Provider", "SqlServer");
        builder.UseSetting("Database:ConnectionString", "Server=none");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new FixedClock(FixedClock.RunNow));
            services.ConfigureDbContext<HubDbContext>(options => options.AddInterceptors(Database));
            services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(_dataFolder));
            var purge = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory?.GetType().GenericTypeArguments[^1] == typeof(IdempotencyPurge));
            services.Remove(purge);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
