using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>The built Hub.Api.dll run as its own process, as an operator runs it, with a data
/// folder of its own (not created until something touches the database or the signing key).</summary>
public sealed class HubProcess : IAsyncDisposable
{
    // Only a safety net against a server that should not have started: a command that works ends long before.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly string _folder = Directory.CreateTempSubdirectory("hub-process-").FullName;
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private HubProcess(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Hub.Api.dll"), .. arguments.Select(a => a.Replace("{data}", DataFolder, StringComparison.Ordinal))])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        _process = Process.Start(start)!;
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    public string DataFolder => Path.Combine(_folder, "data");

    /// <summary>Starts the Hub with <paramref name="arguments"/>; <c>{data}</c> in them stands for its data folder.</summary>
    public static HubProcess Start(params string[] arguments) => new(arguments);

    /// <summary>Runs the Hub with <paramref name="arguments"/> to its end.</summary>
    public static async Task<(int ExitCode, string Output, string Error, bool DataFolderCreated)> RunAsync(params string[] arguments)
    {
        await using var process = Start(arguments);
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await process._process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Hub.Api {string.Join(' ', arguments)} did not end: the server started.");
        }

        return (process._process.ExitCode, await process._stdout, await process._stderr, Directory.Exists(process.DataFolder));
    }

    /// <summary>A loopback port that nothing listens on now, to give a Hub in <c>--urls</c>.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Calls <paramref name="url"/> until it answers, or fails if the process ends first.</summary>
    public async Task<HttpResponseMessage> GetWhenListeningAsync(string url)
    {
        using var client = new HttpClient();
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            try
            {
                return await client.GetAsync(new Uri(url), patience.Token);
            }
            catch (HttpRequestException) when (!_process.HasExited)
            {
                await Task.Delay(200, patience.Token);
            }
            catch (HttpRequestException)
            {
                Assert.Fail($"The Hub ended without listening on {url}: {await _stderr}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            // Gone, connections and file handles with it, before its database is dropped or its folder deleted.
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite handle may linger for a moment; the folder is in the temp area anyway.
        }
    }
}
