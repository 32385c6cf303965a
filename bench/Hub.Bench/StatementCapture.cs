using System.Text;
using System.Text.RegularExpressions;

namespace Hub.Bench;

/// <summary>The statements the Hub sends the database for one request of a scenario, with their
/// parameters, read back from the server's log: a second Hub on the same database connects with
/// <c>log_min_duration_statement=0</c>, so the server logs every statement it runs for it, and
/// only for it (its backends are told apart by process id).</summary>
internal static partial class StatementCapture
{
    private const string ApplicationName = "hub-bench-capture";

    /// <summary>A pgbench script per scenario; a scenario whose statements could not be read has
    /// the reason instead.</summary>
    public static async Task<Dictionary<string, (string? Script, string? Problem)>> CaptureAsync(
        BenchOptions options, PostgresServer server, int? postmaster, IReadOnlyList<PeerScenario> scenarios, string folder, CancellationToken cancellationToken)
    {
        var captured = new Dictionary<string, (string?, string?)>();
        var (logFile, problem) = await LogFileAsync(server, postmaster, cancellationToken);
        if (logFile is null)
        {
            return scenarios.ToDictionary(s => s.Name, _ => ((string?)null, problem));
        }

        var connection = new Npgsql.NpgsqlConnectionStringBuilder(server.Settings.ConnectionString)
        {
            Options = $"{server.HubOptions} -c log_min_duration_statement=0 -c log_parameter_max_length=-1",
            ApplicationName = ApplicationName,
        };
        await using var hub = await HubProcess.StartAsync(options with
        {
            HubSettings = [.. options.HubSettings.Where(s => !s.StartsWith(BenchOptions.ConnectionStringSetting, StringComparison.Ordinal)),
                BenchOptions.ConnectionStringSetting + connection.ConnectionString],
        }, cancellationToken);
        using var http = new HttpClient { BaseAddress = hub.Url, Timeout = TimeSpan.FromMinutes(2) };
        var client = new BenchClient(http);
        foreach (var scenario in scenarios)
        {
            var token = await client.TokenAsync(scenario.Hub.Agency, scenario.Hub.Roles);
            var body = await client.BodyAsync(scenario.Hub);

            // The first request fills the Hub's caches; the second is the one every later request is like.
            await client.SendAsync(token, body);
            await Task.Delay(200, cancellationToken);
            var from = await LogSizeAsync(server, logFile, cancellationToken);
            await client.SendAsync(token, body);
            await Task.Delay(500, cancellationToken);
            var to = await LogSizeAsync(server, logFile, cancellationToken);
            var pids = await BackendsAsync(server, cancellationToken);
            var log = await server.ScalarAsync<string>("SELECT pg_read_file($1, $2, $3)", cancellationToken, logFile, from, to - from);
            var statements = Statements(log, pids);
            if (statements.Count == 0)
            {
                captured[scenario.Name] = (null, $"no statement of the Hub's sessions (pids {string.Join(", ", pids)}) in {logFile}; the log line prefix must show the process id as [%p]");
                continue;
            }

            var script = Path.Combine(folder, $"{scenario.Name}.sql");
            await File.WriteAllTextAsync(script, string.Join("\n", statements.Select(s => s.TrimEnd().TrimEnd(';') + ";")) + "\n", cancellationToken);
            captured[scenario.Name] = (script, null);
        }

        return captured;
    }

    /// <summary>The server's log file: the logging collector's current file, or else wherever the
    /// postmaster's standard error goes (pg_ctl -l FILE). Reading it needs a superuser.</summary>
    private static async Task<(string? File, string? Problem)> LogFileAsync(PostgresServer server, int? postmaster, CancellationToken cancellationToken)
    {
        try
        {
            if (!await server.ScalarAsync<bool>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", cancellationToken))
            {
                return (null, "the connection's role is not a superuser: it cannot log every statement nor read the server's log");
            }

            if (await server.ScalarAsync<string?>("SELECT pg_current_logfile('stderr')", cancellationToken) is { } current)
            {
                return (current, null);
            }

            var stderr = postmaster is { } pid ? new FileInfo($"/proc/{pid}/fd/2").LinkTarget : null;
            return stderr is not null && stderr.StartsWith('/') && !stderr.StartsWith("/dev/", StringComparison.Ordinal)
                ? (stderr, null)
                : (null, "the server has no logging collector and its standard error is not a file this bench can find");
        }
        catch (Npgsql.PostgresException e)
        {
            return (null, e.MessageText);
        }
    }

    private static Task<long> LogSizeAsync(PostgresServer server, string logFile, CancellationToken cancellationToken) =>
        server.ScalarAsync<long>("SELECT size FROM pg_stat_file($1)", cancellationToken, logFile);

    private static async Task<HashSet<string>> BackendsAsync(PostgresServer server, CancellationToken cancellationToken) =>
        [.. (await server.ScalarAsync<string>("SELECT string_agg(pid::text, ',') FROM pg_stat_activity WHERE application_name = $1", cancellationToken, ApplicationName) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The executed statements of the given backends, parameters written in as literals.
    /// A log entry starts with the line prefix and a level (<c>LOG:  </c>); the lines after it
    /// without one continue it. Parse and bind are logged too, but only execution runs the work.</summary>
    private static List<string> Statements(string log, HashSet<string> pids)
    {
        var entries = new List<(string Pid, string Level, StringBuilder Text)>();
        foreach (var line in log.Split('\n'))
        {
            var start = EntryStart().Match(line);
            if (start.Success)
            {
                var pid = Pid().Matches(start.Groups["prefix"].Value).Select(m => m.Groups["pid"].Value).FirstOrDefault(pids.Contains);
                entries.Add((pid ?? "", start.Groups["level"].Value, new StringBuilder(start.Groups["text"].Value)));
            }
            else if (entries.Count > 0)
            {
                entries[^1].Text.Append('\n').Append(line);
            }
        }

        var statements = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (pid, level, text) = entries[i];
            if (pid.Length == 0 || level != "LOG" || Executed().Match(text.ToString()) is not { Success: true } executed)
            {
                continue;
            }

            var sql = executed.Groups["sql"].Value;
            if (entries.Skip(i + 1).FirstOrDefault(e => e.Pid == pid) is { Level: "DETAIL" } detail
                && detail.Text.ToString().StartsWith("parameters: ", StringComparison.Ordinal))
            {
                var values = Parameter().Matches(detail.Text.ToString()).ToDictionary(m => m.Groups["n"].Value, m => m.Groups["value"].Value);
                sql = Placeholder().Replace(sql, m => values.TryGetValue(m.Groups["n"].Value, out var value) ? value : m.Value);
            }

            statements.Add(NewKeys(sql));
        }

        return statements;
    }

    /// <summary>An insert of rows whose key the Hub generated (a disclosure row per case read) gets
    /// a new key each time it is replayed, as each request of the Hub makes new ones.</summary>
    private static string NewKeys(string sql) =>
        InsertWithKey().Match(sql) is { Success: true } insert
            ? sql[..insert.Length] + GeneratedKey().Replace(sql[insert.Length..], "(gen_random_uuid()")
            : sql;

    [GeneratedRegex(@"^(?<prefix>.*?)(?<level>LOG|DETAIL|STATEMENT|CONTEXT|HINT|ERROR|WARNING|NOTICE|FATAL|PANIC):  (?<text>.*)$")]
    private static partial Regex EntryStart();

    // The default prefix, and most others, write the process id in brackets: "%m [%p] ".
    [GeneratedRegex(@"\[(?<pid>\d+)\]")]
    private static partial Regex Pid();

    [GeneratedRegex(@"^duration: [\d.]+ ms  (?:execute [^:]*|statement): (?<sql>.*)$", RegexOptions.Singleline)]
    private static partial Regex Executed();

    [GeneratedRegex(@"\$(?<n>\d+) = (?<value>NULL|'(?:[^']|'')*')")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\$(?<n>\d+)(?!\d)")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^INSERT INTO ""\w+"" \(""Id"",[^)]*\)\s*VALUES")]
    private static partial Regex InsertWithKey();

    [GeneratedRegex(@"\(\s*'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'")]
    private static partial Regex GeneratedKey();
}
