using System.Text;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Hub.Api.Tests.Data;

/// <summary>The statements the read path sends to SQL Server, as snapshots that reviewers read: the
/// consent probes, the CASE gates around each gated column, the keyset conditions, the parameters.</summary>
/// <remarks>
/// No SQL Server runs on these machines, and the statements are built deep inside the resolvers from
/// the request's selection, filter, order, cursor and caller, then run at once: look-alikes written
/// here would drift from them, and calling the builders would take a GraphQL field context made by
/// hand and still run the statements. So real GraphQL requests run through the whole pipeline of a
/// Hub configured for SQL Server (<see cref="SqlServerWithoutServer"/>), whose database is stood in for by an
/// interceptor that never connects, keeps each statement and answers it with a made-up row (so that
/// the statements that depend on a page's rows, its loaders and its disclosure log, are sent too).
/// Each request runs twice and the second is kept: what an instance remembers (the caller's
/// registry entry, the consent estimates, the countries) is then settled, as for every request but
/// an instance's first. Every statement must parse as T-SQL, and every value the client wrote must
/// reach SQL Server as a parameter, never in the statement's text.
/// </remarks>
public sealed class SqlServerStatementTests : IClassFixture<SqlServerWithoutServer>
{
    private static readonly Guid Tenant = new("c4d5e6f7-0819-4a2b-9c3d-4e5f60718293");

    private static readonly string[] IdentityColumns = ["GivenName", "FamilyName", "DateOfBirth", "Phone", "CurrentLocation", "DocumentNumber"];

    private readonly SqlServerWithoutServer _hub;
    private readonly HttpClient _client;

    public SqlServerStatementTests(SqlServerWithoutServer hub)
    {
        _hub = hub;
        _client = hub.CreateClient();
        // How many consents name the caller decides how a page of cases is found (ConsentDensity):
        // many for LEGAL_PROCEEDINGS, few for every other purpose, among many cases.
        hub.Database.CountOf = command =>
            command.CommandText.Contains("FROM [Cases]", StringComparison.Ordinal) ? 100_000
            : command.Parameters.Cast<System.Data.Common.DbParameter>().Any(p => Equals(p.Value, nameof(Purpose.LegalProceedings))) ? 40_000
            : 40;
    }

    // One statement serves owners and recipients alike (whether the caller owns a case is decided
    // per row, in SQL): the two forms differ in how the cases consented to the caller are found.
    // Few consents name the caller for the purpose: the page is found from those consents.
    [Fact]
    public async Task CasePage_FoundFromTheConsentsThatNameTheCaller()
    {
        var sent = await SendAsync($"{{ cases(purpose: ASSISTANCE, first: 20) {{ {CaseFields} }} }}", HubRoles.CasesRead, HubRoles.CasesReadIdentity);

        AssertGated(Single(sent, "FROM [Cases]"));
        Snapshooter.Xunit.Snapshot.Match(Render(sent));
    }

    // Many consents name the caller for the purpose: the cases are walked in the page's order,
    // each one's consents probed by the index on (CaseId, Purpose).
    [Fact]
    public async Task CasePage_WalkedInOrder_ProbingEachCasesConsents()
    {
        var sent = await SendAsync($"{{ cases(purpose: LEGAL_PROCEEDINGS, first: 20) {{ {CaseFields} }} }}", HubRoles.CasesRead, HubRoles.CasesReadIdentity);

        AssertGated(Single(sent, "FROM [Cases]"));
        Snapshooter.Xunit.Snapshot.Match(Render(sent));
    }

    [Fact]
    public async Task OneCase_ById()
    {
        var sent = await SendAsync($"{{ case(id: \"{StandInRow.Id}\", purpose: ASSISTANCE) {{ reference givenName sex citizenship {{ code }} status withheld {{ field reason }} }} }}",
            HubRoles.CasesRead, HubRoles.CasesReadIdentity);

        AssertGated(Single(sent, "FROM [Cases]"));
        Snapshooter.Xunit.Snapshot.Match(Render(sent));
    }

    // Text compares exactly on SQL Server as elsewhere (the columns' binary collation); contains
    // lowers both sides. The values the client wrote are parameters.
    [Fact]
    public async Task FilteredCasePage_SendsWhatTheClientWroteAsParameters()
    {
        const string reference = "NGA-SH-0042";
        const string part = "Sh-00";
        var sent = await SendAsync(
            $"{{ cases(purpose: ASSISTANCE, first: 20, where: {{ or: [{{ reference: {{ eq: \"{reference}\" }} }}, {{ reference: {{ contains: \"{part}\" }} }}], citizenship: {{ eq: \"BEN\" }} }}) {{ nodes {{ id reference }} }} }}",
            HubRoles.CasesRead);

        foreach (var value in new[] { reference, part.ToLowerInvariant(), "BEN" })
        {
            Assert.DoesNotContain(sent, s => s.Sql.Contains(value, StringComparison.OrdinalIgnoreCase));
            // contains: as a LIKE pattern, with its wildcards.
            Assert.Contains(sent, s => s.Parameters.Any(p => p.Value is string text && text.Contains(value, StringComparison.Ordinal)));
        }

        Snapshooter.Xunit.Snapshot.Match(Render(sent));
    }

    [Fact]
    public async Task CasePageAfterACursor_GoesOnByTheKeyset()
    {
        var first = await _client.PostAsync("{ cases(purpose: ASSISTANCE, first: 1) { pageInfo { endCursor } } }", Token(HubRoles.CasesRead));
        var cursor = first.Data!["cases"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var sent = await SendAsync($"{{ cases(purpose: ASSISTANCE, first: 20, after: \"{cursor}\") {{ nodes {{ id reference registeredOn }} pageInfo {{ hasNextPage endCursor }} }} }}", HubRoles.CasesRead);

        Assert.DoesNotContain(sent, s => s.Sql.Contains(cursor, StringComparison.Ordinal));
        Snapshooter.Xunit.Snapshot.Match(Render(sent));
    }

    [Fact]
    public async Task ProjectsPage_WithLeadAgencies()
    {
        var sent = await SendAsync("{ projects(first: 20) { nodes { code title status leadAgency { code name } } pageInfo { endCursor } } }", HubRoles.ProjectsRead);

        Snapshooter.Xunit.Snapshot.Match(Render(sent));
    }

    [Fact]
    public async Task Referrals_WithTheirCases()
    {
        var sent = await SendAsync("{ referrals(purpose: ASSISTANCE, first: 20) { nodes { id status referredOn fromAgency { code } toAgency { code } case { reference givenName sex withheld { field reason } } } } }",
            HubRoles.CasesRead, HubRoles.CasesReadIdentity);

        AssertGated(Single(sent, "FROM [Cases]"));
        Snapshooter.Xunit.Snapshot.Match(Render(sent));
    }

    [Fact]
    public async Task CaseStatistics_CountedInTheDatabase()
    {
        var sent = await SendAsync("{ caseStatistics(groupBy: [SEX, CITIZENSHIP]) { cells { value suppressed } total { value } } }", HubRoles.StatisticsRead);

        Assert.All(sent, s => Assert.All(IdentityColumns, c => Assert.DoesNotContain($"[{c}]", s.Sql, StringComparison.Ordinal)));
        Snapshooter.Xunit.Snapshot.Match(Render(sent));
    }

    private const string CaseFields = "nodes { id reference registeredOn owner { code } givenName familyName sex citizenship { code } exploitationTypes status withheld { field category reason } } pageInfo { hasNextPage endCursor }";

    private async Task<List<SentStatement>> SendAsync(string query, params string[] roles)
    {
        var token = Token(roles);
        Assert.Empty((await _client.PostAsync(query, token)).ErrorCodes);
        _hub.Database.Captured.Clear();
        _hub.Database.Capture = true;
        var response = await _client.PostAsync(query, token);
        _hub.Database.Capture = false;

        Assert.Empty(response.ErrorCodes);
        var sent = _hub.Database.Captured.ToList();
        Assert.NotEmpty(sent);
        foreach (var statement in sent)
        {
            new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(statement.Sql), out var errors);
            Assert.True(errors.Count == 0, $"Not T-SQL: {string.Join("; ", errors.Select(e => e.Message))}\n{statement.Sql}");
        }

        return sent;
    }

    private string Token(params string[] roles) => TestTokens.Mint(_hub.Services, new TokenSpec { TenantId = Tenant, Roles = roles });

    private static string Single(List<SentStatement> sent, string part) => Assert.Single(sent, s => s.Sql.Contains(part, StringComparison.Ordinal) && s.Sql.StartsWith("SELECT", StringComparison.Ordinal)).Sql;

    // Every read of an IDENTITY column sits in a CASE whose condition asks the consents.
    private static void AssertGated(string sql)
    {
        var reads = 0;
        foreach (var column in IdentityColumns)
        {
            for (var at = sql.IndexOf($"[{column}]", StringComparison.Ordinal); at >= 0; at = sql.IndexOf($"[{column}]", at + 1, StringComparison.Ordinal))
            {
                var caseWhen = sql.LastIndexOf("CASE", at, StringComparison.Ordinal);
                Assert.True(caseWhen >= 0 && sql[caseWhen..at].Contains("[Consents]", StringComparison.Ordinal), $"{column} is read outside a consent gate at {at}.");
                reads++;
            }
        }

        Assert.True(reads > 0, "The statement reads no IDENTITY column: the test asks for some.");
    }

    private static string Render(List<SentStatement> sent)
    {
        var text = new StringBuilder();
        foreach (var (statement, index) in sent.Select((s, i) => (s, i + 1)))
        {
            text.Append("-- ").Append(index).Append(" of ").Append(sent.Count);
            if (statement.Parameters.Count > 0)
            {
                text.Append(": ").AppendJoin(", ", statement.Parameters.Select(p => p.Declaration));
            }

            text.Append('\n').Append(statement.Sql.ReplaceLineEndings("\n").TrimEnd()).Append("\n\n");
        }

        return text.ToString();
    }
}
