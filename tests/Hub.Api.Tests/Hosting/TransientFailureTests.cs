using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hub.Api.Tests.Hosting;

/// <summary>A database that fails for a moment (a failover, a dropped connection): a read, and the
/// disclosure log written after it, are tried again and answered as if nothing had happened, the log
/// written once; a commit whose answer was lost is not written twice; a write is not tried again
/// inside its lost transaction but fails whole, and its client's retry under the same
/// Idempotency-Key writes it once. The failures are a provider's transient exception thrown by an
/// interceptor in place of the statement it names.</summary>
public sealed class TransientFailureTests(TransientFailureTests.Factory hub) : IClassFixture<TransientFailureTests.Factory>
{
    private const string Page = "query Page { cases(purpose: ASSISTANCE, first: 20) { nodes { id givenName reference } } }";

    private readonly HttpClient _client = hub.CreateClient();

    [PostgreSqlFact]
    public async Task A_read_whose_statement_fails_for_a_moment_is_answered_in_full_and_logged_once()
    {
        var token = await OwnerAsync();
        var expected = await _client.PostAsync(Page, token);
        var before = await DisclosuresAsync();

        hub.Fault.FailNext("FROM \"Cases\"");
        var response = await _client.PostAsync(Page, token);

        Assert.Equal(0, hub.Fault.Pending);
        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.Equal(expected.Data!.ToJsonString(), response.Data!.ToJsonString());
        Assert.Equal(before + 20, await DisclosuresAsync());
    }

    [PostgreSqlFact]
    public async Task A_disclosure_log_that_fails_for_a_moment_is_written_again_once()
    {
        var token = await OwnerAsync();
        var before = await DisclosuresAsync();

        hub.Fault.FailNext("INSERT INTO \"Disclosures\"");
        var response = await _client.PostAsync(Page, token);

        Assert.Equal(0, hub.Fault.Pending);
        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.Equal(before + 20, await DisclosuresAsync());
    }

    // Cases and a statistic in one response: its log is an audit row and the disclosure rows, one
    // transaction, tried again whole.
    [PostgreSqlFact]
    public async Task A_log_of_several_statements_is_tried_again_whole_and_a_commit_whose_answer_was_lost_is_not_written_twice()
    {
        const string Both = "query Both { cases(purpose: ASSISTANCE, first: 20) { nodes { id } } caseStatistics { total { value } } }";
        var token = await OwnerAsync(HubRoles.StatisticsRead);

        foreach (var fail in (Action[])[() => hub.Fault.FailNext("INSERT INTO \"Disclosures\""), hub.Fault.FailNextCommit])
        {
            var (disclosures, audits) = (await DisclosuresAsync(), await AuditsAsync());
            fail();
            var response = await _client.PostAsync(Both, token);

            Assert.Equal(0, hub.Fault.Pending);
            Assert.True(response.Status == HttpStatusCode.OK, response.Body);
            Assert.Equal(disclosures + 20, await DisclosuresAsync());
            Assert.Equal(audits + 1, await AuditsAsync());
        }
    }

    [PostgreSqlFact]
    public async Task A_write_that_fails_for_a_moment_is_undone_whole_and_its_retry_under_the_same_key_writes_it_once()
    {
        var token = await OwnerAsync(HubRoles.CasesWrite);
        var input = new { input = new { reference = "TRANSIENT-1", givenName = "Ifeoma" } };
        var before = await hub.CountAsync();

        hub.Fault.FailNext("INSERT INTO \"Cases\"");
        var failed = await SendAsync(Writer.RegisterCase, token, input, key: "transient-1");

        Assert.Equal(0, hub.Fault.Pending);
        Assert.True(failed.Status == HttpStatusCode.InternalServerError, failed.Body);
        Assert.Equal(["INTERNAL_ERROR", "NOTHING_WRITTEN"], failed.ErrorCodes);
        Assert.DoesNotContain("Ifeoma", failed.Body, StringComparison.Ordinal);
        Assert.Equal(before, await hub.CountAsync());

        var retried = await SendAsync(Writer.RegisterCase, token, input, key: "transient-1");
        var again = await SendAsync(Writer.RegisterCase, token, input, key: "transient-1");

        Assert.Empty(retried.Payload("registerCase").UserErrors());
        Assert.Equal(retried.Data!.ToJsonString(), again.Data!.ToJsonString());
        Assert.Equal(1, await hub.WithDbAsync(db => db.Cases.CountAsync(c => c.Reference == "TRANSIENT-1")));
    }

    // The connection drops under the transaction as the key is claimed: the transaction is gone
    // before the Hub rolls it back, and the answer is still the Hub's own error.
    [PostgreSqlFact]
    public async Task A_write_whose_connection_drops_as_it_claims_its_key_answers_the_Hubs_error_and_its_retry_writes_once()
    {
        var token = await OwnerAsync(HubRoles.CasesWrite);
        var input = new { input = new { reference = "TRANSIENT-2", givenName = "Ngozi" } };

        hub.Fault.FailNext("INSERT INTO \"IdempotencyRecords\"", dropConnection: true);
        var failed = await SendAsync(Writer.RegisterCase, token, input, key: "transient-2");

        Assert.Equal(0, hub.Fault.Pending);
        Assert.True(failed.Status == HttpStatusCode.InternalServerError, failed.Body);
        Assert.Equal("INTERNAL_ERROR", Assert.Single(failed.ErrorCodes));
        Assert.Equal(0, await hub.WithDbAsync(db => db.Cases.CountAsync(c => c.Reference == "TRANSIENT-2")));

        var retried = await SendAsync(Writer.RegisterCase, token, input, key: "transient-2");

        Assert.Empty(retried.Payload("registerCase").UserErrors());
        Assert.Equal(1, await hub.WithDbAsync(db => db.Cases.CountAsync(c => c.Reference == "TRANSIENT-2")));
    }

    private Task<string> OwnerAsync(params string[] more) =>
        _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.CasesReadIdentity, .. more]);

    private async Task<GraphQLResponse> SendAsync(string query, string token, object variables, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Add("Idempotency-Key", key);
        return await _client.SendAsync(request, token);
    }

    private Task<int> DisclosuresAsync() => hub.WithDbAsync(db => db.Disclosures.CountAsync());

    private Task<int> AuditsAsync() => hub.WithDbAsync(db => db.AuditEntries.CountAsync());

    public sealed class Factory : HubFactory
    {
        public FaultInjector Fault { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<HubDbContext>(o => o.AddInterceptors(Fault)));
        }
    }

    /// <summary>Fails the next statement whose text holds a given fragment, or the next commit after
    /// it was made, as a network that drops a connection does: with Npgsql's transient exception.</summary>
    public sealed class FaultInjector : DbCommandInterceptor, IDbTransactionInterceptor
    {
        private string? _statement;
        private bool _drop;
        private bool _commit;

        public int Pending => (_statement is null ? 0 : 1) + (_commit ? 1 : 0);

        public void FailNext(string fragment, bool dropConnection = false) => (_statement, _drop) = (fragment, dropConnection);

        public void FailNextCommit() => _commit = true;

        private static NpgsqlException Dropped() => new("The connection dropped (injected).", new TimeoutException());

        private void Check(DbCommand command)
        {
            if (_statement is { } fragment && command.CommandText.Contains(fragment, StringComparison.Ordinal))
            {
                _statement = null;
                if (_drop)
                {
                    command.Connection!.Close();
                }

                throw Dropped();
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (_commit)
            {
                _commit = false;
                throw Dropped();
            }

            return Task.CompletedTask;
        }
    }
}
