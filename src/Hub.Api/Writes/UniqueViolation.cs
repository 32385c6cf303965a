using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Writes;

/// <summary>Recognises a unique index refusing a row on each provider: how the database, not a
/// read before the write, decides a race between two requests. The caller knows which index can
/// refuse what it saves (an update of a case can also collide on the keys of its sets' rows).</summary>
internal static class UniqueViolation
{
    public static bool Is(DbUpdateException exception) => exception.InnerException is DbException inner && IsUnique(inner);

    private static bool IsUnique(DbException e) => e switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Microsoft.Data.SqlClient.SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };
}
