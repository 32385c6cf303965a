using System.Globalization;
using System.Text;

namespace Hub.Bench;

/// <summary>The side-by-side figures: a line on the console as each scenario finishes, and a
/// Markdown table per number of connections for --output.</summary>
internal sealed class PeerReport(BenchOptions options, string commandLine, Dictionary<string, (string? Script, string? Problem)> scripts)
{
    private const string Header = "| scenario | Hub ÷ PostGraphile, median (min–max) | Hub req/s | PostGraphile req/s | Hub p50 / p99 ms | PostGraphile p50 / p99 ms | Hub CPU ms/req | PostGraphile CPU ms/req | PostgreSQL CPU ms/req, Hub / PostGraphile | pgbench tx/s (clients) | failed, Hub / PostGraphile |";

    private readonly List<PeerResult> _results = [];
    private readonly string _loadAtStart = LoadAverage();

    public required string PostgresVersion { get; init; }

    public required string NodeVersion { get; init; }

    public required string PostGraphileVersion { get; init; }

    public required string WrkVersion { get; init; }

    public required TimeSpan PeerStartup { get; init; }

    public required bool CountsPostgres { get; init; }

    public required int HubPoolSize { get; init; }

    /// <summary>The nodes each side answered per scenario, checked before timing.</summary>
    public Dictionary<string, (int Hub, int Peer)> Nodes { get; } = [];

    /// <summary>Some request failed: the figures are not comparable.</summary>
    public bool Failed => _results.Any(r => r.Hub.Concat(r.Peer).Any(run => run.Wrk.Errors > 0));

    public void Add(PeerResult result)
    {
        if (_results.Count == 0)
        {
            Console.WriteLine(Header.Replace("| scenario |", "| scenario | connections |", StringComparison.Ordinal));
        }

        _results.Add(result);
        Console.WriteLine(Row(result, withConnections: true));
    }

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        var text = new StringBuilder()
            .AppendLine(Invariant($"# The Hub and PostGraphile {PostGraphileVersion}, {options.Provider}, {options.Cases:N0} cases"))
            .AppendLine()
            .AppendLine(Invariant($"{DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores (load average {_loadAtStart} at the start, {LoadAverage()} at the end), PostgreSQL {PostgresVersion}, .NET {Environment.Version}, PostGraphile {PostGraphileVersion} on Node {NodeVersion} (ready {PeerStartup.TotalSeconds:N1} s after start), {WrkVersion}; load generator, both APIs and the database on the same machine."))
            .AppendLine()
            .AppendLine(Invariant($"Both APIs read the same database. For each scenario and number of connections, wrk ran each side for {options.Seconds} s to warm up, then {options.Rounds} rounds of {options.Seconds} s each: the Hub then PostGraphile, or PostGraphile then the Hub, alternating who goes first. Only one side is under load at a time."))
            .AppendLine();
        foreach (var group in _results.GroupBy(r => r.Connections))
        {
            text.AppendLine(Invariant($"## {group.Key} connections"))
                .AppendLine()
                .AppendLine(Header)
                .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var result in group)
            {
                text.AppendLine(Row(result, withConnections: false));
            }

            text.AppendLine();
        }

        text.AppendLine("Columns:")
            .AppendLine()
            .AppendLine("- Hub ÷ PostGraphile: in each round, the Hub's requests per second divided by PostGraphile's; the median over the rounds, and the lowest and highest. Above 1, the Hub answered more.")
            .AppendLine("- req/s: requests answered per second, median over the rounds.")
            .AppendLine("- p50 / p99 ms: wrk's latency percentiles of a round (from sending to the whole answer), median over the rounds.")
            .AppendLine("- CPU ms/req: user and system CPU time of that process during its own runs, divided by the requests it answered (/proc/PID/stat), median over the rounds.")
            .AppendLine(CountsPostgres
                ? "- PostgreSQL CPU ms/req: the same for the postmaster and all its processes (backends, including any that ended meanwhile, and the background writers), during the Hub's runs and during PostGraphile's. It counts every database of the cluster: other work on it is counted too."
                : "- PostgreSQL CPU ms/req: not counted (NaN): the server's processes are not visible from this machine.")
            .AppendLine("- pgbench tx/s: the statements the Hub sent the database for one request, parameters written in, replayed by pgbench for as long as a round, with as many clients as wrk had connections (fewer when the server had not that many free): what the database alone can do for that work. The script keeps whatever else the Hub's connection sent in that request (a pool's `DISCARD ALL`, a transaction around writes), and inserts each disclosure row with a new key.")
            .AppendLine("- failed: answers with a status above 399, and socket errors and timeouts, over all rounds. Anything but 0 makes the row unfit for comparison.")
            .AppendLine()
            .AppendLine("What each side does for the same rows:")
            .AppendLine()
            .AppendLine("- The Hub checks the caller's token and roles, decides for each case field whether the caller may see it (owner, or consent for the purpose), and writes a disclosure row for every case it discloses: the case pages (`owner-cases`, and the cases behind `referrals`) write as they read. PostGraphile serves the tables as they are, without authentication, consent checks or disclosure log.")
            .AppendLine(Invariant($"- PostGraphile runs with its default pool (at most 10 connections), in production mode; the Hub with a pool of at most {HubPoolSize} (the connection string's `Maximum Pool Size`, 100 unless set), in the Development environment the bench needs for its token endpoint, logging warnings only."))
            .AppendLine();
        foreach (var scenario in _results.Select(r => r.Scenario).DistinctBy(s => s.Name))
        {
            var (hubNodes, peerNodes) = Nodes[scenario.Name];
            var (script, problem) = scripts[scenario.Name];
            var statements = script is null ? 0 : File.ReadAllText(script).Split(";\n").Length - 1;
            text.AppendLine(Invariant($"- `{scenario.Name}`: {scenario.What}. The Hub answered {hubNodes} nodes, PostGraphile {peerNodes}{(hubNodes == peerNodes ? "" : " (not the same rows: compare with care)")}."))
                .Append(script is null ? Invariant($"  No pgbench script: {problem}.") : Invariant($"  pgbench script: {statements} statements (`{Path.GetRelativePath(Directory.GetCurrentDirectory(), script)}`)."))
                .AppendLine()
                .AppendLine()
                .AppendLine("  ```graphql")
                .AppendLine(Invariant($"  # Hub, as {scenario.Hub.Agency}"))
                .AppendLine("  " + OneLine(scenario.Hub.Query))
                .AppendLine("  # PostGraphile")
                .AppendLine("  " + OneLine(scenario.PeerQuery))
                .AppendLine("  ```");
        }

        var problems = _results.Where(r => r.Pgbench?.Problem is not null && scripts[r.Scenario.Name].Script is not null).ToList();
        foreach (var result in problems)
        {
            text.AppendLine(Invariant($"- pgbench on `{result.Scenario.Name}` with {result.Pgbench!.Clients} clients: {result.Pgbench.Problem}"));
        }

        if (Failed)
        {
            text.AppendLine().AppendLine("**Some requests failed (column failed): those rows are not comparable.**");
        }

        text.AppendLine()
            .AppendLine("Command:")
            .AppendLine()
            .AppendLine("```sh")
            .AppendLine(commandLine)
            .AppendLine("```");

        Console.WriteLine();
        Console.WriteLine(text);
        if (options.Output is { } output)
        {
            await File.WriteAllTextAsync(output, text.ToString(), cancellationToken);
            Console.WriteLine($"Wrote {Path.GetFullPath(output)}");
        }
    }

    private static string Row(PeerResult result, bool withConnections)
    {
        var ratios = result.Hub.Zip(result.Peer, (h, p) => h.Wrk.PerSecond / p.Wrk.PerSecond).ToList();
        static double PerRequest(IEnumerable<PeerRun> runs, Func<PeerRun, double> cpu) => Median(runs.Select(r => r.Wrk.Requests == 0 ? double.NaN : cpu(r) / r.Wrk.Requests));
        var pgbench = result.Pgbench is { PerSecond: { } tps } run ? Invariant($"{tps:F0} ({run.Clients})") : "–";
        return Invariant($"| `{result.Scenario.Name}` | {(withConnections ? Invariant($"{result.Connections} | ") : "")}{Median(ratios):F2} ({ratios.Min():F2}–{ratios.Max():F2}) | {Median(result.Hub.Select(r => r.Wrk.PerSecond)):F0} | {Median(result.Peer.Select(r => r.Wrk.PerSecond)):F0} | ")
            + Invariant($"{Median(result.Hub.Select(r => r.Wrk.P50Ms)):F1} / {Median(result.Hub.Select(r => r.Wrk.P99Ms)):F1} | {Median(result.Peer.Select(r => r.Wrk.P50Ms)):F1} / {Median(result.Peer.Select(r => r.Wrk.P99Ms)):F1} | ")
            + Invariant($"{PerRequest(result.Hub, r => r.HubCpu):F2} | {PerRequest(result.Peer, r => r.PeerCpu):F2} | {PerRequest(result.Hub, r => r.PostgresCpu):F2} / {PerRequest(result.Peer, r => r.PostgresCpu):F2} | ")
            + Invariant($"{pgbench} | {result.Hub.Sum(r => r.Wrk.Errors)} / {result.Peer.Sum(r => r.Wrk.Errors)} |");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string OneLine(string query) => string.Join(" ", query.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
