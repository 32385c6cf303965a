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

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var started = Stopwatch.StartNew();
await using var hub = await HubProcess.StartAsync(options, cancel.Token);
Console.WriteLine($"The Hub is ready on {options.Provider} with {options.Cases:N0} cases ({started.Elapsed.TotalSeconds:N0} s).");

using var http = new HttpClient { BaseAddress = hub.Url, Timeout = TimeSpan.FromMinutes(2) };
var client = new BenchClient(http);
var report = new StringBuilder()
    .AppendLine(CultureInfo.InvariantCulture, $"# {options.Provider}, {options.Cases:N0} cases")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, client and Hub on the same machine.")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Latency: {options.Requests} requests one at a time, after two seconds of the same to warm up. Throughput: {options.Concurrency} clients for {options.Seconds} s.")
    .AppendLine()
    .AppendLine("| scenario | what | p50 ms | p95 ms | p99 ms | mean ms | requests/s |")
    .AppendLine("|---|---|---:|---:|---:|---:|---:|");

foreach (var scenario in Scenarios.All.Where(s => options.Only is null || s.Name == options.Only))
{
    var token = await client.TokenAsync(scenario.Agency, scenario.Roles);
    var body = await client.BodyAsync(scenario);

    async Task<double> TimedAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        var (status, answer) = await client.SendAsync(token, body);
        if (status != scenario.ExpectedStatus)
        {
            throw new InvalidOperationException($"{scenario.Name}: expected {scenario.ExpectedStatus}, got {status}: {answer[..Math.Min(300, answer.Length)]}");
        }

        return stopwatch.Elapsed.TotalMilliseconds;
    }

    // Long enough for the JIT to settle on its optimised code for this scenario's path.
    var warm = Stopwatch.StartNew();
    for (var i = 0; i < 50 || warm.Elapsed.TotalSeconds < 2; i++)
    {
        await TimedAsync();
    }

    var one = new List<double>();
    for (var i = 0; i < options.Requests; i++)
    {
        one.Add(await TimedAsync());
    }

    var latencies = new Latencies(one);
    var until = Stopwatch.StartNew();
    var counts = await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async _ =>
    {
        var n = 0;
        while (until.Elapsed.TotalSeconds < options.Seconds)
        {
            await TimedAsync();
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

if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, report.ToString());
    Console.WriteLine($"Wrote {Path.GetFullPath(output)}");
}

return 0;

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
