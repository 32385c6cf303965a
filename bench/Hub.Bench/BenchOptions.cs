using System.Globalization;

namespace Hub.Bench;

/// <summary>What to measure, from the command line.</summary>
internal sealed record BenchOptions(
    int Cases,
    string DataFolder,
    string HubAssembly,
    string[] HubSettings,
    int Requests,
    int Seconds,
    int Concurrency,
    string[]? Only,
    string? Output,
    int? ImportRows,
    bool Peer,
    int[] Connections,
    int Rounds)
{
    public const string Usage = """
        Usage: bench/run [--cases 15000] [--requests 200] [--seconds 5] [--concurrency 4] [--only NAME[,NAME...]] [--output FILE]
                         [--import ROWS]
                         [--data FOLDER] [--Database:Provider=PostgreSql --Database:ConnectionString=...]
        --data names the data folder under bench/.data (default: provider-cases, e.g. sqlite-15000).
        The write scenarios (register-case, grant-consent, refer-case) add rows to the database they
        run on: give them a folder, and on PostgreSQL a database, of their own.
        --import ROWS times POST /import/projects and /import/activities with generated files of
        that many rows instead of the scenarios; it too adds rows.

               bench/run --peer [--connections 64,200] [--rounds 5] [--seconds 10] [--only NAME[,NAME...]] [--output FILE]
                         [--cases 15000] [--data FOLDER] --Database:Provider=PostgreSql --Database:ConnectionString=...
        --peer compares the Hub with PostGraphile (bench/peer) over the same PostgreSQL database on
        matched queries (projects, owner-cases, referrals): for each scenario and number of wrk
        connections, rounds of the Hub then PostGraphile (or the other way round, alternating),
        and the Hub's own statements replayed by pgbench. It installs wrk (apt-get, as root) and
        bench/peer's packages (npm ci) when they are missing. The case pages write disclosure rows.
        """;

    public static BenchOptions Parse(string[] args, string repositoryRoot)
    {
        string? Value(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        var cases = Number("cases", 15_000);
        var peer = args.Contains("--peer");
        var settings = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray();
        return new BenchOptions(
            cases,
            Path.Combine(repositoryRoot, "bench", ".data", Value("data") ?? $"{ProviderOf(settings).ToLowerInvariant()}-{cases}"),
            Path.Combine(repositoryRoot, "src", "Hub.Api", "bin", "Release", "net10.0", "Hub.Api.dll"),
            settings,
            Number("requests", 200),
            Number("seconds", peer ? 10 : 5),
            Number("concurrency", 4),
            Value("only")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Value("output"),
            Value("import") is { } rows ? int.Parse(rows, CultureInfo.InvariantCulture) : null,
            peer,
            [.. (Value("connections") ?? "64,200").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, CultureInfo.InvariantCulture))],
            Number("rounds", 5));
    }

    public string Provider => ProviderOf(HubSettings);

    public string? ConnectionString => HubSettings.FirstOrDefault(s => s.StartsWith(ConnectionStringSetting, StringComparison.Ordinal))?[ConnectionStringSetting.Length..];

    public const string ConnectionStringSetting = "--Database:ConnectionString=";

    private static string ProviderOf(string[] settings) =>
        settings.FirstOrDefault(s => s.StartsWith("--Database:Provider=", StringComparison.Ordinal))?.Split('=')[1] ?? "Sqlite";
}
