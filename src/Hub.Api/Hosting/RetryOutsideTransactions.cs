using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Hub.Api.Hosting;

/// <summary>How the Hub meets a database that fails for a moment (a failover, a dropped
/// connection, Azure SQL moving a database): a statement that runs on its own (a read, a
/// disclosure log written after one) is tried again; a statement inside a transaction the Hub
/// began (a request's writes) is not, since its transaction is gone with the failure. That
/// request fails whole, nothing of it kept, and its client sends it again, under its
/// <c>Idempotency-Key</c> when it has one. The providers' own strategies instead refuse to run a
/// transaction that is not wrapped whole in a retried unit.</summary>
internal static class RetryOutsideTransactions
{
    // Asked only while statements run: the context is not to be touched while its model is built.
    private static bool InTransaction(ExecutionStrategyDependencies dependencies) =>
        dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    public sealed class SqlServer(ExecutionStrategyDependencies dependencies) : SqlServerRetryingExecutionStrategy(dependencies)
    {
        protected override void OnFirstExecution()
        {
            ExceptionsEncountered.Clear();
            if (!InTransaction(Dependencies))
            {
                base.OnFirstExecution();
            }
        }

        protected override bool ShouldRetryOn(Exception exception) => !InTransaction(Dependencies) && base.ShouldRetryOn(exception);
    }

    public sealed class PostgreSql(ExecutionStrategyDependencies dependencies) : NpgsqlRetryingExecutionStrategy(dependencies)
    {
        protected override void OnFirstExecution()
        {
            ExceptionsEncountered.Clear();
            if (!InTransaction(Dependencies))
            {
                base.OnFirstExecution();
            }
        }

        protected override bool ShouldRetryOn(Exception? exception) => !InTransaction(Dependencies) && base.ShouldRetryOn(exception);
    }
}
