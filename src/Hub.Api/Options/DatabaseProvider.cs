namespace Hub.Api.Options;

internal enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
