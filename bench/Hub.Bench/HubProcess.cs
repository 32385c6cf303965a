using System.Diagnostics;
using System.Net;

namespace Hub.Bench;

/// <summary>The Hub's Release build run as its own process, on a data folder kept between runs so
/// that a large seed is generated once.</summary>
internal sealed class HubProcess(ProcessStartInfo start, string logFile, Uri url) : ServerProcess(start, logFile, url)
{
    public static async Task<HubProcess> StartAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.DataFolder);
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(options.HubAssembly),
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Development" },
        };
        foreach (var arg in (string[])[options.HubAssembly, $"--urls={url}", $"--Hub:DataFolder={options.DataFolder}",
            $"--Hub:DemoCaseCount={options.Cases}", "--Hub:Limits:RequestsPerMinute=100000000", "--Logging:LogLevel:Default=Warning", .. options.HubSettings])
        {
            start.ArgumentList.Add(arg);
        }

        var hub = new HubProcess(start, Path.Combine(options.DataFolder, "hub.log"), url);
        await hub.WaitUntilReadyAsync(cancellationToken);
        return hub;
    }

    // A first start on an empty folder migrates and seeds: a million cases take minutes.
    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < TimeSpan.FromHours(1))
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException($"The Hub exited with {Process.ExitCode}; see hub.log in the data folder.");
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


}
