using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hub.Bench;

// Measures the Hub over HTTP, as agencies call it: each scenario first one request at a time
// (latency), then from several clients at once (throughput). The figures go to the console and,
// with --output, to a Markdown file committed under bench/results.
if (args.Contains("--help"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

var root = RepositoryRoot();
var options = BenchOptions.Parse(args, root);
if (!File.Exists(options.HubAssembly))
{
    Console.Error.WriteLine($"Build the Hub first: dotnet build -c Release src/Hub.Api ({options.HubAssembly} is missing).");
    return 2;
}

if (options.Peer && (options.Provider != "PostgreSql" || options.ConnectionString is null))
{
    Console.Error.WriteLine("--peer compares over PostgreSQL: give --Database:Provider=PostgreSql and --Database:ConnectionString=...");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var started = Stopwatch.StartNew();
await using var hub = await HubProcess.StartAsync(options, cancel.Token);
Console.WriteLine($"The Hub is ready on {options.Provider} with {options.Cases:N0} cases ({started.Elapsed.TotalSeconds:N0} s).");

if (options.Peer)
{
    return await PeerComparison.RunAsync(options, hub, root, CommandLine(args), cancel.Token);
}

using var http = new HttpClient { BaseAddress = hub.Url, Timeout = TimeSpan.FromMinutes(10) };
var client = new BenchClient(http);
if (options.ImportRows is { } importRows)
{
    var table = await ImportBench.RunAsync(http, client, importRows);
    if (options.Output is { } importOutput)
    {
        await File.WriteAllTextAsync(importOutput, new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Import, {options.Provider}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, client and Hub on the same machine{LoadAverage()}. Each file is one `POST /import/{{kind}}`, timed from sending to the whole answer; every row checked and written in one transaction with its audit row.")
            .AppendLine()
            .Append(table)
            .AppendLine()
            .AppendLine("Command:")
            .AppendLine()
            .AppendLine("```sh")
            .AppendLine(CommandLine(args))
            .AppendLine("```")
            .ToString());
    }

    return 0;
}

var scenarios = Scenarios.All.Where(s => options.Only is null || options.Only.Contains(s.Name)).ToList();
var onlyWrites = scenarios.Count > 0 && scenarios.All(s => s.Writes is not null);
var report = new StringBuilder()
    .AppendLine(CultureInfo.InvariantCulture, $"# {options.Provider}, {options.Cases:N0} cases")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, client and Hub on the same machine{LoadAverage()}.")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Latency: {options.Requests} requests one at a time, after two seconds of the same to warm up. Throughput: {options.Concurrency} clients for {options.Seconds} s.")
    .AppendLine();
if (scenarios.Any(s => s.Writes is not null))
{
    report.AppendLine("Each request of a write scenario is one new write that the Hub accepts (its payload's `errors` are checked empty), in its own transaction with its audit row; what it needs (cases, consents) is written beforehand, untimed.")
        .AppendLine();
}

report.AppendLine(CultureInfo.InvariantCulture, $"| scenario | what | p50 ms | p95 ms | p99 ms | mean ms | {(onlyWrites ? "writes/s" : "requests/s")} |")
    .AppendLine("|---|---|---:|---:|---:|---:|---:|");

foreach (var scenario in scenarios)
{
    var token = await client.TokenAsync(scenario.Agency, scenario.Roles);
    var writes = scenario.Writes?.Invoke();
    var body = writes is null ? await client.BodyAsync(scenario) : null;

    // A read sends its one body again; a write takes the next one made ready, untimed.
    async Task<string> NextAsync()
    {
        if (writes is null)
        {
            return body!;
        }

        await writes.EnsureAsync(client, token, 1);
        return writes.TryTake(out var next) ? next : throw new InvalidOperationException($"{scenario.Name}: no write is ready.");
    }

    async Task<double> TimedAsync(string request)
    {
        var stopwatch = Stopwatch.StartNew();
        var (status, answer) = await client.SendAsync(token, request);
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        if (status != scenario.ExpectedStatus)
        {
            throw new InvalidOperationException($"{scenario.Name}: expected {scenario.ExpectedStatus}, got {status}: {answer[..Math.Min(300, answer.Length)]}");
        }

        if (writes?.Problem(answer) is { } problem)
        {
            throw new InvalidOperationException($"{scenario.Name}: the write was not made: {problem}");
        }

        return elapsed;
    }

    // Long enough for the JIT to settle on its optimised code for this scenario's path.
    var warm = 0.0;
    for (var i = 0; i < 50 || warm < 2000; i++)
    {
        warm += await TimedAsync(await NextAsync());
    }

    var one = new List<double>();
    for (var i = 0; i < options.Requests; i++)
    {
        one.Add(await TimedAsync(await NextAsync()));
    }

    var latencies = new Latencies(one);

    // No client can send more than its time over the fastest request seen: that many writes are
    // made ready before the clock starts.
    if (writes is not null)
    {
        await writes.EnsureAsync(client, token, (int)(options.Seconds * 1000 / latencies.Percentile(0) * options.Concurrency * 1.25) + 50);
    }

    var until = Stopwatch.StartNew();
    var counts = await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async _ =>
    {
        var n = 0;
        while (until.Elapsed.TotalSeconds < options.Seconds)
        {
            string request;
            if (writes is null)
            {
                request = body!;
            }
            else if (!writes.TryTake(out request))
            {
                throw new InvalidOperationException($"{scenario.Name}: the writes made ready ran out; the throughput would be understated.");
            }

            await TimedAsync(request);
            n++;
        }

        return n;
    }));
    var throughput = counts.Sum() / until.Elapsed.TotalSeconds;

    var line = string.Create(CultureInfo.InvariantCulture,
        $"| `{scenario.Name}` | {scenario.What} | {latencies.Percentile(50):F1} | {latencies.Percentile(95):F1} | {latencies.Percentile(99):F1} | {latencies.Mean:F1} | {throughput:F0} |");
    report.AppendLine(line);
    Console.WriteLine(line);
}

report.AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"At the end{LoadAverage()}.")
    .AppendLine()
    .AppendLine("Command:")
    .AppendLine()
    .AppendLine("```sh")
    .AppendLine(CommandLine(args))
    .AppendLine("```");

if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, report.ToString());
    Console.WriteLine($"Wrote {Path.GetFullPath(output)}");
}

return 0;

// What else ran on the machine, as Linux counts it: above the number of cores, the figures are
// slower than the Hub alone would be.
static string LoadAverage() => File.Exists("/proc/loadavg")
    ? $" (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})"
    : "";

// The command as typed, a password in a connection string masked.
static string CommandLine(string[] args) => "bench/run " + string.Join(" ", args.Select(a =>
{
    var masked = System.Text.RegularExpressions.Regex.Replace(a, "(?i)(password=)[^;]*", "$1...");
    return masked.Any(c => c is ' ' or ';' or '"' or '$') ? $"\"{masked}\"" : masked;
}));

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}
