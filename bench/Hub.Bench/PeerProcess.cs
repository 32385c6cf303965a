using System.Diagnostics;
using System.Text;

namespace Hub.Bench;

/// <summary>PostGraphile (bench/peer) serving the Hub's database, run on Node 22 from its own
/// packages: PostGraphile 5 needs Node 22, newer than the machine's.</summary>
internal sealed class PeerProcess(ProcessStartInfo start, string logFile, Uri url) : ServerProcess(start, logFile, url)
{
    /// <summary>From starting the process to its first answer.</summary>
    public TimeSpan Startup { get; private set; }

    public static string Folder(string repositoryRoot) => Path.Combine(repositoryRoot, "bench", "peer");

    public static string Node(string repositoryRoot) => Path.Combine(Folder(repositoryRoot), "node_modules", "node", "bin", "node");

    /// <summary>Installs the locked packages on a machine that has none yet.</summary>
    public static async Task EnsureInstalledAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        if (File.Exists(Node(repositoryRoot)) && Directory.Exists(Path.Combine(Folder(repositoryRoot), "node_modules", "postgraphile")))
        {
            return;
        }

        Console.WriteLine("Installing bench/peer (npm ci)...");
        var (exit, output, error) = await ExternalCommand.RunAsync("npm", ["ci", "--prefix", Folder(repositoryRoot), "--no-audit", "--no-fund"], cancellationToken);
        if (exit != 0 || !File.Exists(Node(repositoryRoot)))
        {
            throw new InvalidOperationException($"npm ci --prefix bench/peer failed ({exit}): {output}{error}");
        }
    }

    public static async Task<PeerProcess> StartAsync(string repositoryRoot, string databaseUrl, string logFile, CancellationToken cancellationToken)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}/graphql");
        var start = new ProcessStartInfo(Node(repositoryRoot))
        {
            WorkingDirectory = Folder(repositoryRoot),
            Environment =
            {
                ["PEER_DATABASE_URL"] = databaseUrl,
                ["PEER_PORT"] = url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["NODE_ENV"] = "production",
            },
        };
        foreach (var arg in (string[])["node_modules/postgraphile/dist/cli-run.js", "--config", "graphile.config.mjs"])
        {
            start.ArgumentList.Add(arg);
        }

        var stopwatch = Stopwatch.StartNew();
        var peer = new PeerProcess(start, logFile, url);
        try
        {
            await peer.WaitUntilReadyAsync(logFile, cancellationToken);
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }

        peer.Startup = stopwatch.Elapsed;
        return peer;
    }


    // PostGraphile listens at once and builds its schema from the database on the first request:
    // ready means it answered one.
    private async Task WaitUntilReadyAsync(string logFile, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException($"PostGraphile exited with {Process.ExitCode}; see {logFile}.");
            }

            try
            {
                using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
                if ((await http.PostAsync(Url, content, cancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"PostGraphile did not answer within two minutes; see {logFile}.");
    }
}
