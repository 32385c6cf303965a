using System.Net;
using System.Text;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Xunit.Abstractions;

namespace Hub.Api.Tests.Security;

/// <summary>Thousands of random and mutated documents and variables: the Hub never answers 5xx and
/// still answers a legitimate query afterwards.</summary>
public sealed class FuzzTests(FuzzTests.UnthrottledHub hub, ITestOutputHelper output) : IClassFixture<FuzzTests.UnthrottledHub>
{
    private const int Requests = 3_000;

    private static readonly string[] Seeds =
    [
        "{ countries { code name region } }",
        "query Q($c: String) { agencies(country: $c) { code kind country { code } } }",
        "{ projects(first: 5, where: { status: { in: [ONGOING] } }, order: [{ startsOn: DESC }]) { totalCount nodes { code leadAgency { code } } } }",
        "query C($p: Purpose!) { cases(purpose: $p, first: 3, where: { not: { sex: { eq: FEMALE } } }) { nodes { id givenName withheld { field reason } } } }",
        "{ referrals(purpose: ASSISTANCE, first: 2) { edges { cursor node { status case { reference } } } pageInfo { endCursor } } }",
        "{ capacityBuildingActivities(last: 2) { nodes { topic participants { total } } } }",
        "{ me { status roles agency { code } } }",
    ];

    private static readonly string[] Pieces = ["{", "}", "(", ")", "[", "]", ":", "$", "!", "...", "@include(if: true)", "\"", "\\u0000", "first: -1", "after: \"x\"", "__schema", "null", "999999999999", "fragment F on Query { ...F }", "\n", "#"];

    [Fact]
    public async Task RandomAndMutatedDocuments_NeverBreakTheHub()
    {
        var client = hub.CreateClient();
        var token = await client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.CasesReadIdentity, HubRoles.ProjectsRead]);
        var random = new Random(20261129);
        var statuses = new Dictionary<HttpStatusCode, int>();

        for (var i = 0; i < Requests; i++)
        {
            var body = random.Next(10) switch
            {
                0 => RandomBytesBody(random),
                1 => DocumentIdBody(random),
                _ => Body(Mutate(Seeds[random.Next(Seeds.Length)], random), RandomVariables(random)),
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            var response = await client.SendAsync(request, token);
            statuses[response.Status] = statuses.GetValueOrDefault(response.Status) + 1;
            Assert.True((int)response.Status < 500, $"{(int)response.Status} for {body}: {response.Body}");
        }

        output.WriteLine($"{Requests} requests: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}")));
        var after = await client.PostAsync("{ countries { code } }", token);
        Assert.Equal(85, after.Data!["countries"]!.AsArray().Count);
    }

    private static string Mutate(string document, Random random)
    {
        var text = new StringBuilder(document);
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), 1);
                    break;
                case 1:
                    text.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 2:
                    text.Insert(at, (char)random.Next(32, 127));
                    break;
                default:
                    var from = random.Next(text.Length);
                    var length = Math.Min(random.Next(1, 20), text.Length - from);
                    text.Insert(at, text.ToString(from, length));
                    break;
            }
        }

        return text.ToString();
    }

    private static object? RandomVariables(Random random) => random.Next(5) switch
    {
        0 => null,
        1 => new { p = "ASSISTANCE", c = "NGA" },
        2 => new { p = 42, c = new[] { 1, 2 } },
        3 => new { p = "NOT_A_PURPOSE", c = (string?)null },
        _ => new { p = new { nested = new { deeper = "x" } } },
    };

    private static string Body(string query, object? variables) =>
        System.Text.Json.JsonSerializer.Serialize(new { query, variables });

    // A well-formed identifier of nothing registered, or a mangled one.
    private static string DocumentIdBody(Random random)
    {
        var id = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(random.Next())));
        return System.Text.Json.JsonSerializer.Serialize(new { documentId = random.Next(2) == 0 ? id : Mutate(id, random), variables = RandomVariables(random) });
    }

    private static string RandomBytesBody(Random random)
    {
        var bytes = new byte[random.Next(1, 200)];
        random.NextBytes(bytes);
        return Encoding.Latin1.GetString(bytes);
    }

    /// <summary>The fuzzer sends far more than an agency's allowance a minute.</summary>
    public sealed class UnthrottledHub() : ConfiguredHub(("Hub:Limits:RequestsPerMinute", "1000000"));
}
