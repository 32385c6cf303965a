using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hub.Bench;

/// <summary>The Hub's Release build run as its own process, on a data folder kept between runs so
/// that a large seed is generated once.</summary>
internal sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private HubProcess(Process process, StreamWriter log, Uri url)
    {
        _process = process;
        _log = log;
        Url = url;
    }

    public Uri Url { get; }

    public int Pid => _process.Id;

    public static async Task<HubProcess> StartAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.DataFolder);
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(options.HubAssembly),
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Development" },
        };
        foreach (var arg in (string[])[options.HubAssembly, $"--urls={url}", $"--Hub:DataFolder={options.DataFolder}",
            $"--Hub:DemoCaseCount={options.Cases}", "--Hub:Limits:RequestsPerMinute=100000000", "--Logging:LogLevel:Default=Warning", .. options.HubSettings])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The Hub did not start.");
        var log = new StreamWriter(Path.Combine(options.DataFolder, "hub.log"), append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var hub = new HubProcess(process, log, url);
        await hub.WaitUntilReadyAsync(cancellationToken);
        return hub;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    // A first start on an empty folder migrates and seeds: a million cases take minutes.
    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < TimeSpan.FromHours(1))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The Hub exited with {_process.ExitCode}; see hub.log in the data folder.");
            }

            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Busy seeding.
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new TimeoutException("The Hub was not ready within an hour.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }
}
