using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Api.Hosting;

/// <summary>Counts the SQL commands the Hub sends, and keeps their text while <see cref="Capture"/>
/// is on: what the tests use to show batching and projection. One per process.</summary>
internal sealed class SqlCommandLog : DbCommandInterceptor
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public bool Capture { get; set; }

    public ConcurrentQueue<string> Captured { get; } = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        if (Capture)
        {
            Captured.Enqueue(command.CommandText);
        }
    }
}
