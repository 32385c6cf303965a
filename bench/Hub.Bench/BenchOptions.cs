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
    int? ImportRows)
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
        """;

    public static BenchOptions Parse(string[] args, string repositoryRoot)
    {
        string? Value(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        var cases = Number("cases", 15_000);
        var settings = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray();
        return new BenchOptions(
            cases,
            Path.Combine(repositoryRoot, "bench", ".data", Value("data") ?? $"{ProviderOf(settings).ToLowerInvariant()}-{cases}"),
            Path.Combine(repositoryRoot, "src", "Hub.Api", "bin", "Release", "net10.0", "Hub.Api.dll"),
            settings,
            Number("requests", 200),
            Number("seconds", 5),
            Number("concurrency", 4),
            Value("only")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Value("output"),
            Value("import") is { } rows ? int.Parse(rows, CultureInfo.InvariantCulture) : null);
    }

    public string Provider => ProviderOf(HubSettings);

    private static string ProviderOf(string[] settings) =>
        settings.FirstOrDefault(s => s.StartsWith("--Database:Provider=", StringComparison.Ordinal))?.Split('=')[1] ?? "Sqlite";
}
