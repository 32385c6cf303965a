namespace Hub.Api.Tests.Infrastructure;

/// <summary>A test of what only a database server does (a transient failure a strategy retries, a
/// streaming replica): it runs in the suite's PostgreSQL pass (HUB_TEST_POSTGRES, set in CI) and is
/// reported as skipped in the SQLite pass.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!HubFactory.OnPostgreSql)
        {
            Skip = "a database server's behaviour: runs on PostgreSQL (HUB_TEST_POSTGRES)";
        }
    }
}

/// <summary>A test of a PostgreSQL hot standby: it runs when <c>HUB_TEST_POSTGRES_REPLICA</c> names
/// one that streams from the server of <c>HUB_TEST_POSTGRES</c> (.ci/run starts both), and is
/// reported as skipped otherwise.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlReplicaFactAttribute : FactAttribute
{
    public static string? Replica => HubFactory.OnPostgreSql && Environment.GetEnvironmentVariable("HUB_TEST_POSTGRES_REPLICA") is { Length: > 0 } replica ? replica : null;

    public PostgreSqlReplicaFactAttribute()
    {
        if (Replica is null)
        {
            Skip = "needs a PostgreSQL hot standby (HUB_TEST_POSTGRES_REPLICA, started by .ci/run)";
        }
    }
}
