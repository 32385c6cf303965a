using Npgsql;

namespace Hub.Bench;

/// <summary>The PostgreSQL database the Hub runs on, as the side-by-side comparison needs it: its
/// processes, its log, and how other programs (PostGraphile, pgbench) connect to it.</summary>
internal sealed class PostgresServer(NpgsqlDataSource dataSource, NpgsqlConnectionStringBuilder settings) : IAsyncDisposable
{
    public static PostgresServer Open(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        return new PostgresServer(NpgsqlDataSource.Create(settings), settings);
    }

    public NpgsqlConnectionStringBuilder Settings => settings;

    /// <summary>The options the Hub connects with: its own code turns JIT off unless the
    /// connection string sets options of its own.</summary>
    public string HubOptions => string.IsNullOrEmpty(settings.Options) ? "-c jit=off" : settings.Options;

    /// <summary>A postgres:// URL, for PostGraphile.</summary>
    public string Url
    {
        get
        {
            var host = settings.Host ?? "localhost";
            var socket = host.StartsWith('/') ? $"?host={Uri.EscapeDataString(host)}" : "";
            return $"postgres://{Uri.EscapeDataString(settings.Username ?? "")}:{Uri.EscapeDataString(settings.Password ?? "")}@{(socket.Length > 0 ? "localhost" : host)}:{settings.Port}/{Uri.EscapeDataString(settings.Database ?? "")}{socket}";
        }
    }

    /// <summary>libpq's environment, for pgbench, with the Hub's session options.</summary>
    public IReadOnlyDictionary<string, string> LibpqEnvironment => new Dictionary<string, string>
    {
        ["PGHOST"] = settings.Host ?? "localhost",
        ["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PGUSER"] = settings.Username ?? "",
        ["PGPASSWORD"] = settings.Password ?? "",
        ["PGDATABASE"] = settings.Database ?? "",
        ["PGOPTIONS"] = HubOptions,
    };

    public async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull or null ? default! : (T)value;
    }

    public Task<string> VersionAsync(CancellationToken cancellationToken) => ScalarAsync<string>("SHOW server_version", cancellationToken);

    public Task<Guid> AgencyIdAsync(string code, CancellationToken cancellationToken) =>
        ScalarAsync<Guid>("""SELECT "Id" FROM "Agencies" WHERE "Code" = $1""", cancellationToken, code);

    /// <summary>The postmaster: the parent of this session's backend, when the server runs on this
    /// machine; null otherwise (its CPU cannot be counted from here).</summary>
    public async Task<int?> PostmasterPidAsync(CancellationToken cancellationToken)
    {
        var backend = await ScalarAsync<int>("SELECT pg_backend_pid()", cancellationToken);
        return ProcessCpu.ParentOf(backend) is { } parent && File.Exists($"/proc/{parent}/comm")
            && File.ReadAllText($"/proc/{parent}/comm").Trim() is "postgres" or "postmaster"
            ? parent
            : null;
    }

    /// <summary>Connections still free for ordinary sessions.</summary>
    public Task<int> FreeConnectionsAsync(CancellationToken cancellationToken) => ScalarAsync<int>(
        "SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int - (SELECT count(*)::int FROM pg_stat_activity WHERE backend_type = 'client backend')",
        cancellationToken);

    public async ValueTask DisposeAsync() => await dataSource.DisposeAsync();
}
