using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Data.Seeding;

/// <summary>Inserts generated rows with multi-row INSERTs on the context's connection and transaction.
/// SaveChanges sends one command per row on SQLite, about 15,000 rows a second; bound parameters
/// cost more than the insert itself there (a name lookup and a copy per value). Literal VALUES lists
/// of several hundred rows are parsed faster than either.</summary>
internal sealed class RowInserter(HubDbContext db) : IAsyncDisposable
{
    private readonly ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();
    private readonly Dictionary<Type, InsertPlan> plans = [];
    private DbCommand? command;

    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var plan = PlanFor<T>();
        command ??= CreateCommand();
        for (var offset = 0; offset < rows.Count; offset += plan.RowsPerStatement)
        {
            command.CommandText = plan.Statement(rows, offset, Math.Min(plan.RowsPerStatement, rows.Count - offset));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (command is not null)
        {
            await command.DisposeAsync();
        }
    }

    private InsertPlan PlanFor<T>()
    {
        if (!plans.TryGetValue(typeof(T), out var plan))
        {
            var entityType = db.Model.FindEntityType(typeof(T))
                ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
            plan = new InsertPlan(entityType, sql);
            plans[typeof(T)] = plan;
        }

        return plan;
    }

    private DbCommand CreateCommand()
    {
        var created = db.Database.GetDbConnection().CreateCommand();
        created.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.GetCommandTimeout() is { } timeout)
        {
            created.CommandTimeout = timeout;
        }

        return created;
    }
}
