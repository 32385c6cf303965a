using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Bench;

/// <summary>One wrk run: its requests, failures and latency percentiles.</summary>
internal sealed record WrkRun(long Requests, double Seconds, long StatusErrors, long SocketErrors, double P50Ms, double P99Ms)
{
    public double PerSecond => Requests / Seconds;

    public long Errors => StatusErrors + SocketErrors;
}

/// <summary>wrk, the Debian package, driving HTTP load from outside the .NET process: a load
/// generator in the bench's own runtime would compete with the Hub for the same cores in a way
/// that cannot be told apart.</summary>
internal sealed partial class Wrk(string script)
{
    public static async Task<Wrk> PrepareAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        if (ExternalCommand.Find("wrk") is null)
        {
            if (!Environment.IsPrivilegedProcess)
            {
                throw new InvalidOperationException("wrk is missing: apt-get install -y wrk (as root), then run again.");
            }

            // A fresh machine has no package lists yet: read them first.
            Console.WriteLine("Installing wrk (apt-get)...");
            string[][] steps = [["update", "-qq"], ["install", "-y", "-qq", "wrk"]];
            foreach (var step in steps)
            {
                var (exit, output, error) = await ExternalCommand.RunAsync("apt-get", step, cancellationToken,
                    new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" });
                if (exit != 0)
                {
                    throw new InvalidOperationException($"apt-get {string.Join(' ', step)} failed ({exit}): {output}{error}");
                }
            }
        }

        return new Wrk(Path.Combine(repositoryRoot, "bench", "Hub.Bench", "post.lua"));
    }

    public static async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        var (_, output, error) = await ExternalCommand.RunAsync("wrk", ["--version"], cancellationToken);
        return (output + error).Split('\n')[0].Split('[')[0].Trim();
    }

    /// <summary>Two threads, one per core of the machines the bench runs on; a timeout long enough
    /// that a slow answer counts as slow, not as failed.</summary>
    public async Task<WrkRun> RunAsync(Uri url, string bodyFile, string? token, int connections, int seconds, CancellationToken cancellationToken)
    {
        var threads = Math.Min(Environment.ProcessorCount, connections).ToString(CultureInfo.InvariantCulture);
        var (exit, output, error) = await ExternalCommand.RunAsync("wrk",
            ["-t", threads, "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "--timeout", "60s",
                "-s", script, url.ToString(), "--", bodyFile, token ?? ""], cancellationToken);
        var summary = Summary().Match(output);
        if (exit != 0 || !summary.Success)
        {
            throw new InvalidOperationException($"wrk failed ({exit}): {output}{error}");
        }

        long Number(string name) => long.Parse(summary.Groups[name].Value, CultureInfo.InvariantCulture);
        return new WrkRun(Number("requests"), Number("duration") / 1e6, Number("status"), Number("socket"), Number("p50") / 1e3, Number("p99") / 1e3);
    }

    [GeneratedRegex(@"wrk-summary requests=(?<requests>\d+) duration_us=(?<duration>\d+) status_errors=(?<status>\d+) socket_errors=(?<socket>\d+) p50_us=(?<p50>\d+) p99_us=(?<p99>\d+)")]
    private static partial Regex Summary();
}
