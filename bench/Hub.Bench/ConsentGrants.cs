using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary><c>grantConsent</c> on the owner's existing cases: request i names case i of a thousand
/// and, on each round through them, the next recipient, purpose and set of categories, so that no
/// two requests record the same consent (the Hub refuses an active duplicate). A run starts at a
/// place of its own among the 240,000 combinations, so that runs on one database seldom meet. Only
/// the case ids are read beforehand.</summary>
internal sealed class ConsentGrants(string query, string owner, string[] recipients) : WriteWorkload(query, "grantConsent")
{
    private const int Cases = 1_000;
    private static readonly string[] Categories = ["IDENTITY", "DEMOGRAPHIC", "TRAFFICKING_EXPERIENCE", "ASSISTANCE"];
    private static readonly string[] Purposes = ["ASSISTANCE", "RETURN_AND_REINTEGRATION", "LEGAL_PROCEEDINGS", "RESEARCH_AND_STATISTICS"];
    private readonly long _start = Environment.TickCount64 % 240_000;

    private List<string>? _caseIds;

    protected override async Task<IReadOnlyList<object>> PrepareAsync(BenchClient client, string token, int first, int count)
    {
        _caseIds ??= await CaseIdsAsync(client, token);
        return [.. Enumerable.Range(first, count).Select(n => _start + n).Select(i => (Case: (int)(i % _caseIds.Count), Round: i / _caseIds.Count)).Select(at => new
        {
            input = new
            {
                caseId = _caseIds[at.Case],
                purpose = Purposes[at.Round / recipients.Length % Purposes.Length],
                recipient = new { agencyCode = recipients[at.Round % recipients.Length] },
                categories = Categories.Where((_, bit) => ((at.Round / recipients.Length / Purposes.Length % 15) + 1 & 1 << bit) != 0).ToArray(),
                expiresOn = ExpiresOn,
                evidence = "WRITTEN",
            },
        })];
    }

    private async Task<List<string>> CaseIdsAsync(BenchClient client, string token)
    {
        var ids = new List<string>();
        string? after = null;
        while (ids.Count < Cases)
        {
            var (_, body) = await client.SendAsync(token, JsonSerializer.Serialize(new
            {
                query = "query($owner: String!, $after: String) { cases(purpose: ASSISTANCE, first: 100, after: $after, where: { owner: { code: { eq: $owner } } }) { nodes { id } pageInfo { hasNextPage endCursor } } }",
                variables = new { owner, after },
            }));
            var page = JsonNode.Parse(body)!["data"]!["cases"]!;
            ids.AddRange(page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        return ids.Count > 0 ? ids : throw new InvalidOperationException($"{owner} owns no case to grant consent on.");
    }
}
