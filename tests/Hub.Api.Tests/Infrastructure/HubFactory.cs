using Hub.Api.Options;
using Hub.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>A Hub with a database of its own: a fresh SQLite file, or a fresh PostgreSQL database
/// when <c>HUB_TEST_POSTGRES</c> holds a connection string (without a database name). Migrated and
/// seeded with a small deterministic demo set at start, as the Development host does. Its clock is
/// fixed at <see cref="Now"/>: the demo data is generated as of that day and consents are judged at
/// it, so tests date what they write from <see cref="Now"/>, never from the machine's clock.</summary>
public class HubFactory : WebApplicationFactory<Program>, IHubDatabase
{
    public const int DemoCases = 300;

    private readonly string _dataFolder;
    private readonly string? _postgres;
    private readonly bool _ownsDatabase;

    public HubFactory()
    {
        _dataFolder = Directory.CreateTempSubdirectory("hub-tests-").FullName;
        _postgres = NewPostgreSqlDatabase();
        _ownsDatabase = true;
    }

    /// <summary>A second instance of the Hub on the database (and data folder) of <paramref name="first"/>,
    /// as instances behind one load balancer are; it leaves the database to the first.</summary>
    protected HubFactory(HubFactory first)
    {
        _dataFolder = first._dataFolder;
        _postgres = first._postgres;
        _ownsDatabase = false;
    }

    // A Hub that failed to start (a test of its start-up checks) created no database to drop.
    private bool _started;

    protected virtual string EnvironmentName => "Development";

    public static bool OnPostgreSql => Environment.GetEnvironmentVariable("HUB_TEST_POSTGRES") is { Length: > 0 };

    /// <summary>The connection string of this Hub's PostgreSQL database, or null on SQLite.</summary>
    protected string? PostgreSqlConnectionString => _postgres;

    /// <summary>The connection string of a database of a new name on the server <c>HUB_TEST_POSTGRES</c>
    /// names (created by the first migration), or null when the tests run on SQLite.</summary>
    public static string? NewPostgreSqlDatabase() => Environment.GetEnvironmentVariable("HUB_TEST_POSTGRES") is { Length: > 0 } server
        ? $"{server.TrimEnd(';')};Database=hub_test_{Guid.NewGuid():N}"
        : null;

    /// <summary>The settings that point a command run in a process of its own (<see cref="HubProcess"/>)
    /// at this Hub's database.</summary>
    public IReadOnlyList<string> DatabaseArguments => _postgres is null
        ? [$"--Hub:DataFolder={_dataFolder}"]
        : ["--Database:Provider=PostgreSql", $"--Database:ConnectionString={_postgres}"];

    /// <summary>The Hub's "now", in UTC.</summary>
    public DateTime Now => ClockNow.UtcDateTime;

    /// <summary>The instant the Hub's clock is held at: the run's, unless a subclass moves it.</summary>
    protected virtual DateTimeOffset ClockNow => FixedClock.RunNow;

    public Guid? OperatorTenant => Services.GetRequiredService<IOptions<HubOptions>>().Value.OperatorTenant;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Hub:DataFolder", _dataFolder);
        builder.UseSetting("Hub:DemoCaseCount", DemoCases.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("AzureAd:ClientId", TestTokens.HubClientId);
        if (_postgres is not null)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("Database:ConnectionString", _postgres);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(ClockNow)));
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        _started = true;
        return host;
    }

    public async Task<T> WithDbAsync<T>(Func<HubDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    /// <summary>The Entra tenant an agency signs in from (the first, when it has several).</summary>
    public async Task<Guid> TenantOfAsync(string agencyCode) => (await WithDbAsync(db =>
        db.AgencyTenants.Where(t => db.Agencies.Any(a => a.Id == t.AgencyId && a.Code == agencyCode))
            .Select(t => t.TenantId).ToListAsync())).Min();

    public override async ValueTask DisposeAsync()
    {
        if (_postgres is not null && _started && _ownsDatabase)
        {
            await WithDbAsync(db => db.Database.EnsureDeletedAsync());
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (!_ownsDatabase)
        {
            return;
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite handle may linger for a moment; the folder is in the temp area anyway.
        }
    }
}
