using Hub.Api.Options;
using Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Api.Hosting;

internal static class DatabaseRegistration
{
    public static IServiceCollection AddHubDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Validate(o => o.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required for SqlServer and PostgreSql.")
            .Validate(o => o.Provider != DatabaseProvider.Sqlite || string.IsNullOrWhiteSpace(o.ReplicaConnectionString),
                "Database:ReplicaConnectionString needs SqlServer or PostgreSql: SQLite has no replica.")
            .ValidateOnStart();
        services.AddSingleton<SqlCommandLog>();
        services.AddSingleton<ReadReplica>();
        // Pooled: a request reuses a context instead of building one's internal services anew.
        services.AddDbContextPool<HubDbContext>((sp, options) =>
        {
            Configure(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<DataFolder>());
            options.AddInterceptors(new GraphQL.Paging.PageLimitInliner(), sp.GetRequiredService<SqlCommandLog>());
            // A unique index refusing a row is how a race between two writes is decided, an answer
            // the writes turn into UserErrors, not a fault; a real fault is logged once, with its
            // request id, where it is handled.
            options.ConfigureWarnings(w => w.Log(
                (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Information),
                (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Information)));
        });
        return services;
    }

    private static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, DataFolder folder)
    {
        // Each provider's migrations live in an assembly of their own, all generated from the one model.
        const string prefix = "Hub.Migrations.";
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var connectionString = string.IsNullOrWhiteSpace(database.ConnectionString)
                    ? $"Data Source={folder.File("hub.db")}"
                    : database.ConnectionString;
                options.UseSqlite(connectionString, x => x.MigrationsAssembly(prefix + "Sqlite"));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(database.ConnectionString, x => x.MigrationsAssembly(prefix + "SqlServer").ExecutionStrategy(d => new RetryOutsideTransactions.SqlServer(d)));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(ConnectionStringOf(database.Provider, database.ConnectionString!), x => x.MigrationsAssembly(prefix + "PostgreSql").ExecutionStrategy(d => new RetryOutsideTransactions.PostgreSql(d)));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{database.Provider}'.");
        }
    }

    // Three defaults of the Hub's own, each kept when the connection string sets its own.
    // PostgreSQL compiles a statement it estimates as costly to machine code before running it; a
    // statistic over a million cases is estimated far above its real cost, and spent half a second
    // compiling for a second of work. The Hub's statements gain nothing from it: JIT is off.
    // Npgsql resets a pooled connection on its return with DISCARD ALL, one more round trip per
    // request; the Hub leaves no session state behind (no SET, no temporary table, no LISTEN), and
    // the pool still rolls back a transaction left open, so the reset buys nothing. And the
    // statements a connection sends again and again (a case page's is large, with a consent probe
    // per gated column) are prepared on it, so that PostgreSQL parses and plans them once per
    // connection instead of once per request.
    /// <summary>The connection string the Hub opens: PostgreSQL's with the Hub's defaults.</summary>
    public static string ConnectionStringOf(DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.PostgreSql ? Tuned(connectionString) : connectionString;

    private static string Tuned(string connectionString)
    {
        // Npgsql's builder claims every keyword it knows: what the string itself sets is read from
        // the string, spaces and case aside.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("Options"))
        {
            builder.Options = "-c jit=off";
        }

        if (!given.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }
}
