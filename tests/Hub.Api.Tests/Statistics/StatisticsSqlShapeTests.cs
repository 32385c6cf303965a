using Hub.Api.Hosting;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Api.Tests.Statistics;

/// <summary>Each statistic is one SQL statement, grouped in the database, that reads a gated column
/// only under its category's consent condition and never an IDENTITY column.</summary>
public sealed class StatisticsSqlShapeTests(HubFactory hub, ITestOutputHelper output) : IClassFixture<HubFactory>
{
    private readonly HttpClient _client = hub.CreateClient();

    [Theory]
    [InlineData("caseStatistics(groupBy: [COUNTRY_OF_IDENTIFICATION, YEAR_OF_REGISTRATION])", "\"CountryOfIdentificationCode\"")]
    [InlineData("caseStatistics(groupBy: [EXPLOITATION_TYPE, SEX])", "\"Sex\"")]
    [InlineData("caseStatistics(groupBy: [SEX], where: { ageBracket: { neq: AGE_0_8 } })", "\"Sex\"")]
    [InlineData("referralStatistics(groupBy: [SERVICE_REFERRED, CITIZENSHIP, MEANS_OF_CONTROL])", "\"CitizenshipCode\"")]
    [InlineData("referralStatistics", "\"Referrals\"")]
    public async Task A_statistic_is_one_statement_that_reads_gated_columns_only_under_their_gates(string field, string column)
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, [HubRoles.StatisticsRead]);
        var log = hub.Services.GetRequiredService<SqlCommandLog>();
        log.Captured.Clear();
        log.Capture = true;
        var response = await _client.PostAsync($"{{ {field} {{ cells {{ value }} total {{ value }} }} }}", token);
        log.Capture = false;

        Assert.Empty(response.ErrorCodes);
        var reads = log.Captured.Where(s => s.Contains("FROM \"Cases\"", StringComparison.Ordinal) || s.Contains("FROM \"Referrals\"", StringComparison.Ordinal)).ToList();
        var statement = Assert.Single(reads);
        output.WriteLine(statement);
        Assert.Contains(column, statement, StringComparison.Ordinal);
        foreach (var identity in new[] { "GivenName", "FamilyName", "Phone", "DocumentNumber", "DateOfBirth", "CurrentLocation" })
        {
            Assert.DoesNotContain($"\"{identity}\"", statement, StringComparison.Ordinal);
        }

        if (column != "\"Referrals\"")
        {
            // Every read of the gated column sits inside a CASE whose condition asks the consents
            // (an enum's value is turned into text by a CASE of its own, inside the gate's).
            var at = statement.IndexOf(column, StringComparison.Ordinal);
            while (at >= 0)
            {
                var inner = statement.LastIndexOf("CASE", at, StringComparison.Ordinal);
                var outer = inner > 0 ? statement.LastIndexOf("CASE", inner - 1, StringComparison.Ordinal) : -1;
                Assert.True(inner >= 0 && (statement[inner..at].Contains("\"Consents\"", StringComparison.Ordinal)
                    || (outer >= 0 && statement[outer..inner].Contains("\"Consents\"", StringComparison.Ordinal) && !statement[outer..inner].Contains("END", StringComparison.Ordinal))),
                    $"{column} read outside its gate at {at}.");
                at = statement.IndexOf(column, at + 1, StringComparison.Ordinal);
            }
        }
    }
}
