namespace Hub.Api.Options;

/// <summary>The <c>Database</c> section: <c>{ "Provider": "Sqlite" | "SqlServer" | "PostgreSql",
/// "ConnectionString": "..." }</c>. SQLite without a connection string uses a file in the data folder.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }
}
