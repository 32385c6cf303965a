namespace Hub.Bench;

/// <summary><c>referCase</c>: each request refers a case of its own to one recipient, for a purpose
/// an active consent names it for, so that it is never a duplicate of an open referral. The case and
/// its consent are written beforehand, several to a request.</summary>
internal sealed class CaseReferrals(string query, string[] recipients) : WriteWorkload(query, "referCase")
{
    private static readonly string[] Services = ["SHELTER", "MEDICAL"];

    protected override async Task<IReadOnlyList<object>> PrepareAsync(BenchClient client, string token, int first, int count)
    {
        var cases = await WriteAllAsync(client, token, [.. Enumerable.Range(first, count).Select(i =>
            $"registerCase(input: {{ reference: \"BENCH-R-{RunTag}-{i}\", sex: MALE, servicesNeeded: [SHELTER, MEDICAL] }}) {{ case(purpose: ASSISTANCE) {{ id }} errors {{ code message }} }}")]);
        var caseIds = cases.Select(c => c["case"]!["id"]!.GetValue<string>()).ToList();
        var recipientOf = (int i) => recipients[(first + i) % recipients.Length];
        await WriteAllAsync(client, token, [.. caseIds.Select((id, i) =>
            $"grantConsent(input: {{ caseId: \"{id}\", purpose: ASSISTANCE, recipient: {{ agencyCode: \"{recipientOf(i)}\" }}, categories: [DEMOGRAPHIC, ASSISTANCE], expiresOn: \"{ExpiresOn}\", evidence: WRITTEN }}) {{ errors {{ code message }} }}")]);
        return [.. caseIds.Select((id, i) => new
        {
            input = new { caseId = id, purpose = "ASSISTANCE", toAgencyCode = recipientOf(i), services = Services },
        })];
    }
}
