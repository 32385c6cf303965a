using System.Data.Common;

namespace Hub.Api.Writes;

/// <summary>Recognises the database ending a transaction to break a deadlock between two that each
/// wait for a row the other has locked: the one ended changed nothing and may be sent again.</summary>
internal static class Deadlock
{
    public static bool Is(Exception exception) => (exception as DbException ?? exception.InnerException as DbException) switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.DeadlockDetected,
        Microsoft.Data.SqlClient.SqlException sql => sql.Number == 1205,
        _ => false,
    };
}
