namespace Hub.Api.Options;

/// <summary>The <c>Database</c> section: <c>{ "Provider": "Sqlite" | "SqlServer" | "PostgreSql",
/// "ConnectionString": "...", "ReplicaConnectionString": "..." }</c>. SQLite without a connection
/// string uses a file in the data folder.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }

    /// <summary>A read replica of the database (a PostgreSQL hot standby, an Azure SQL read-only or
    /// named replica) that answers queries while it holds every change to the access rules the
    /// primary has committed; writes, disclosure rows and every other read stay on the primary.</summary>
    public string? ReplicaConnectionString { get; set; }
}
