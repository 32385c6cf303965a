using System.Net;
using Hub.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Two Hub processes on one database, as two instances behind a load balancer, each with
/// its own memory: a fresh PostgreSQL database when <c>HUB_TEST_POSTGRES</c> is set, otherwise one
/// SQLite file that both open. A prepares the database at its start as the Development host does
/// (migrations, the reference data, no demo cases); B starts at the same moment with that turned
/// off, as a production instance does, and serves once A is ready. Besides the database they share
/// only the data folder that holds the development token issuer's key, as instances share Entra's.
/// They run on the machine's clock. Both are stopped, and the database dropped, however the tests
/// end.</summary>
public sealed class TwoHubProcesses : IHubDatabase, IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("hub-two-").FullName;
    private readonly string? _postgres = HubFactory.NewPostgreSqlDatabase();
    private readonly Guid _operatorTenant = Guid.NewGuid();
    private readonly List<HubProcess> _processes = [];
    private readonly List<HttpClient> _clients = [];
    private bool _stopped;

    /// <summary>The instance that prepared the database.</summary>
    public HttpClient A => _clients[0];

    /// <summary>The instance that only serves.</summary>
    public HttpClient B => _clients[1];

    public DateTime Now => DateTime.UtcNow;

    public Guid? OperatorTenant => _operatorTenant;

    public async Task InitializeAsync()
    {
        try
        {
            // Started together: B touches the database only when asked, and nothing asks before A listens.
            var listening = await Task.WhenAll(Start(prepare: true), Start(prepare: false));
            foreach (var answer in listening)
            {
                answer.Dispose();
            }

            using var ready = await B.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task<T> WithDbAsync<T>(Func<HubDbContext, Task<T>> action)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        if (_postgres is null)
        {
            options.UseSqlite($"Data Source={Path.Combine(_dataFolder, "hub.db")}");
        }
        else
        {
            options.UseNpgsql(_postgres);
        }

        await using var db = new HubDbContext(options.Options);
        return await action(db);
    }

    public async Task DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        try
        {
            foreach (var process in _processes)
            {
                await process.DisposeAsync();
            }
        }
        finally
        {
            try
            {
                if (_postgres is not null)
                {
                    await WithDbAsync(db => db.Database.EnsureDeletedAsync());
                }
                else
                {
                    SqliteConnection.ClearAllPools();
                }
            }
            finally
            {
                DeleteDataFolder();
            }
        }
    }

    private void DeleteDataFolder()
    {
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite handle may linger for a moment; the folder is in the temp area anyway.
        }
    }

    private Task<HttpResponseMessage> Start(bool prepare)
    {
        var url = $"http://127.0.0.1:{HubProcess.FreePort()}";
        List<string> arguments =
        [
            "--environment=Development", $"--Hub:DataFolder={_dataFolder}", "--Hub:DemoCaseCount=0",
            $"--Hub:PrepareDatabaseOnStart={prepare}", $"--Hub:OperatorTenantId={_operatorTenant}", $"--urls={url}",
        ];
        if (_postgres is not null)
        {
            arguments.AddRange(["--Database:Provider=PostgreSql", $"--Database:ConnectionString={_postgres}"]);
        }

        var process = HubProcess.Start([.. arguments]);
        _processes.Add(process);
        _clients.Add(new HttpClient { BaseAddress = new Uri(url) });
        return process.GetWhenListeningAsync(url + "/health/live");
    }
}
