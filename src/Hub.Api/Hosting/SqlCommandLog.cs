using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Api.Hosting;

/// <summary>Counts the SQL commands the Hub sends, in all and per database context (one per
/// request), and keeps their text while <see cref="Capture"/> is on: what the tests use to show
/// batching and projection. One per process.</summary>
internal sealed class SqlCommandLog : DbCommandInterceptor
{
    private readonly ConditionalWeakTable<DbContext, StrongBox<long>> _perContext = new();
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public bool Capture { get; set; }

    public ConcurrentQueue<string> Captured { get; } = new();

    /// <summary>The commands sent through <paramref name="context"/> so far, over all its uses
    /// (a pooled context serves one request after another).</summary>
    public long CountOf(DbContext context) => _perContext.TryGetValue(context, out var count) ? Interlocked.Read(ref count.Value) : 0;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, CommandEventData eventData)
    {
        Interlocked.Increment(ref _count);
        if (eventData.Context is { } context)
        {
            Interlocked.Increment(ref _perContext.GetOrCreateValue(context).Value);
        }

        if (Capture)
        {
            Captured.Enqueue(command.CommandText);
        }
    }
}
