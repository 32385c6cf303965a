namespace Hub.Bench;

/// <summary><c>registerCase</c>: each request a new case with a reference of its own, needing nothing
/// beforehand.</summary>
internal sealed class CaseRegistrations(string query) : WriteWorkload(query, "registerCase")
{
    private static readonly string[] ExploitationTypes = ["SEXUAL_EXPLOITATION"];
    private static readonly string[] MeansOfControl = ["DEBT_BONDAGE", "WITHHOLDS_DOCUMENTS"];
    private static readonly string[] ServicesNeeded = ["SHELTER", "MEDICAL"];

    protected override Task<IReadOnlyList<object>> PrepareAsync(BenchClient client, string token, int first, int count) =>
        Task.FromResult<IReadOnlyList<object>>([.. Enumerable.Range(first, count).Select(i => new
        {
            input = new
            {
                reference = $"BENCH-{RunTag}-{i}",
                sex = "FEMALE",
                ageBracket = "AGE_18_20",
                citizenship = "NGA",
                countryOfIdentification = "NGA",
                exploitationTypes = ExploitationTypes,
                meansOfControl = MeansOfControl,
                servicesNeeded = ServicesNeeded,
                status = "REGISTERED",
            },
        })]);
}
