using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hub.Api.Tests.Hosting;

/// <summary>DESIGN §5 past one database server: with a read replica, queries read it while it holds
/// every change to the access rules the primary has committed, and the primary otherwise. On a real
/// hot standby (started by .ci/run from a base backup of the test server) whose replay is paused on
/// purpose: a change to case data alone leaves the replica answering, with what it has; a consent
/// revoked on the primary is in force on the very next read, which the primary answers while the
/// replica still holds the consent; disclosure rows go to the primary; once the replica has replayed
/// the revocation it answers again.</summary>
public sealed class ReadReplicaTests(ReadReplicaTests.Factory hub) : IClassFixture<ReadReplicaTests.Factory>
{
    private const string Read = "query Read($id: ID!) { case(id: $id, purpose: ASSISTANCE) { id givenName familyName } }";

    [PostgreSqlReplicaFact]
    public async Task A_revocation_is_in_force_at_once_though_the_replica_lags_and_the_replica_answers_again_once_it_has_replayed_it()
    {
        var writer = new Writer(hub, hub.CreateClient());
        var caseId = await writer.RegisterCaseAsync(givenName: "Nkechi");
        var consentId = await writer.GrantConsentToAsync(caseId, Writer.Recipient);
        var recipient = await writer.RecipientAsync();
        await using var replica = new NpgsqlConnection(hub.ReplicaConnectionString);
        await replica.OpenAsync();
        await CaughtUpAsync(replica);
        using var reads = new DatabaseReads();

        var fresh = await ReadAsync(writer, recipient, caseId);
        Assert.Equal("Nkechi", fresh!["givenName"]!.GetValue<string>());
        Assert.Equal((1, 0), reads.Counts);

        await ExecuteAsync(replica, "SELECT pg_wal_replay_pause()");
        try
        {
            // Case data changed, the rules not: the replica answers, a change behind.
            await ChangeFamilyNameAsync(writer, caseId, "Okonkwo");
            var behind = await ReadAsync(writer, recipient, caseId);
            Assert.Null(behind!["familyName"]?.GetValue<string>());
            Assert.Equal((2, 0), reads.Counts);

            var disclosures = await DisclosuresAsync();
            await writer.RevokeConsentAsync(consentId);
            var revoked = await ReadAsync(writer, recipient, caseId);

            Assert.Null(revoked);
            Assert.Equal((2, 1), reads.Counts);
            Assert.Equal(disclosures, await DisclosuresAsync());
            // The replica had not replayed the revocation: the lag was real.
            Assert.Equal(0L, await ScalarAsync(replica, $"""SELECT count(*) FROM "Consents" WHERE "Id" = '{consentId}' AND "RevokedOn" IS NOT NULL"""));
        }
        finally
        {
            await ExecuteAsync(replica, "SELECT pg_wal_replay_resume()");
        }

        await CaughtUpAsync(replica);
        Assert.Null(await ReadAsync(writer, recipient, caseId));
        Assert.Equal((3, 1), reads.Counts);
    }

    [PostgreSqlReplicaFact]
    public async Task The_disclosure_rows_of_an_answer_the_replica_gave_are_written_to_the_primary()
    {
        var writer = new Writer(hub, hub.CreateClient());
        var caseId = await writer.RegisterCaseAsync(givenName: "Chiamaka");
        await writer.GrantConsentToAsync(caseId, Writer.Recipient);
        await using var replica = new NpgsqlConnection(hub.ReplicaConnectionString);
        await replica.OpenAsync();
        await CaughtUpAsync(replica);
        using var reads = new DatabaseReads();
        var before = await DisclosuresAsync();

        Assert.NotNull(await ReadAsync(writer, await writer.RecipientAsync(), caseId));

        Assert.Equal((1, 0), reads.Counts);
        Assert.Equal(before + 1, await DisclosuresAsync());
    }

    // A "replica" that is the primary's own database: its version is the primary's, but it is not a
    // read-only copy (as a restored or promoted copy, or another database, is not), so it never answers.
    [PostgreSqlFact]
    public async Task A_replica_that_is_not_a_read_only_copy_is_never_read_though_its_version_is_the_primarys()
    {
        await using var misconfigured = new PrimaryAsReplica(hub);
        var writer = new Writer(misconfigured, misconfigured.CreateClient());
        var caseId = await writer.RegisterCaseAsync(givenName: "Obiageli");
        await writer.GrantConsentToAsync(caseId, Writer.Recipient);
        using var reads = new DatabaseReads();

        Assert.NotNull(await ReadAsync(writer, await writer.RecipientAsync(), caseId));

        Assert.Equal((0, 1), reads.Counts);
    }

    // The rule the replica's guard rests on, held by the database: each table the model names as
    // deciding access has the trigger that moves the version, and a change there moves it.
    [PostgreSqlFact]
    public async Task Every_table_that_decides_access_moves_the_version_when_it_changes()
    {
        var tables = await hub.WithDbAsync(db => Task.FromResult(AccessRules.Guarded.Select(t => db.Model.FindEntityType(t)!.GetTableName()!).Order(StringComparer.Ordinal).ToList()));
        var triggered = await hub.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT tgrelid::regclass::text AS \"Value\" FROM pg_trigger WHERE tgname LIKE '%\\_AccessRulesChanged' AND tgenabled <> 'D'").ToListAsync());

        Assert.Equal(tables, triggered.Select(t => t.Trim('"')).Order(StringComparer.Ordinal));
        foreach (var table in tables)
        {
            var before = await VersionAsync();
            var statement = "DELETE FROM \"" + table + "\" WHERE false"; // a name from the model
            await hub.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(statement));
            Assert.True(await VersionAsync() > before, table);
        }
    }

    private Task<long> VersionAsync() => hub.WithDbAsync(db => db.AccessRules.Select(r => r.Version).SingleAsync());

    private static async Task<JsonNode?> ReadAsync(Writer writer, string token, string caseId)
    {
        var response = await writer.Client.PostAsync(Read, token, new { id = caseId });
        Assert.True(response.ErrorCodes.Count == 0, response.Body);
        return response.Data!["case"];
    }

    private async Task ChangeFamilyNameAsync(Writer writer, string caseId, string familyName)
    {
        var version = await hub.WithDbAsync(db => db.Cases.Where(c => c.Id == Guid.Parse(caseId)).Select(c => c.Version).SingleAsync());
        var response = await writer.Client.PostAsync(WriteCalls.UpdateCase, await writer.SenderAsync(), new { input = new { id = caseId, version, familyName } });
        Assert.Empty(response.Payload("updateCase").UserErrors());
    }

    private Task<int> DisclosuresAsync() => hub.WithDbAsync(db => db.Disclosures.CountAsync());

    // Waits until the standby has replayed everything the primary has written so far.
    private async Task CaughtUpAsync(NpgsqlConnection replica)
    {
        var target = await hub.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT pg_current_wal_lsn()::text AS \"Value\"").SingleAsync());
        for (var waited = 0; waited < 300; waited++)
        {
            if ((long)(await ScalarAsync(replica, $"SELECT (pg_last_wal_replay_lsn() - '{target}'::pg_lsn)::bigint"))! >= 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The standby did not replay up to {target} within 30 s.");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>A Hub on the test server with the standby as its read replica; no demo cases.</summary>
    public sealed class Factory : HubFactory
    {
        public string ReplicaConnectionString => $"{PostgreSqlReplicaFactAttribute.Replica!.TrimEnd(';')};Database={new NpgsqlConnectionStringBuilder(PostgreSqlConnectionString).Database}";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:DemoCaseCount", "0");
            if (PostgreSqlReplicaFactAttribute.Replica is not null)
            {
                builder.UseSetting("Database:ReplicaConnectionString", ReplicaConnectionString);
            }
        }
    }

    /// <summary>A second instance on the same database, given that database as its replica.</summary>
    private sealed class PrimaryAsReplica(HubFactory first) : HubFactory(first)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:ReplicaConnectionString", PostgreSqlConnectionString);
        }
    }

    /// <summary>Counts the queries that read the replica and the primary, from the Hub's own measure.</summary>
    private sealed class DatabaseReads : IDisposable
    {
        private readonly MeterListener _listener = new();
        private int _replica;
        private int _primary;

        public DatabaseReads()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Hub" && instrument.Name == "hub.database.reads")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "hub.database")
                    {
                        Interlocked.Increment(ref (tag.Value as string) == "replica" ? ref _replica : ref _primary);
                    }
                }
            });
            _listener.Start();
        }

        public (int Replica, int Primary) Counts => (Volatile.Read(ref _replica), Volatile.Read(ref _primary));

        public void Dispose() => _listener.Dispose();
    }
}
