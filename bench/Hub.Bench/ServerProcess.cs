using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hub.Bench;

/// <summary>A server the bench runs as a process of its own (the Hub, PostGraphile), its output
/// kept in a log file, killed with its children when the bench is done.</summary>
internal abstract class ServerProcess : IAsyncDisposable
{
    private readonly StreamWriter _log;

    protected ServerProcess(ProcessStartInfo start, string logFile, Uri url)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        Process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        _log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        Process.OutputDataReceived += (_, e) => Write(e.Data);
        Process.ErrorDataReceived += (_, e) => Write(e.Data);
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
        Url = url;
    }

    public Uri Url { get; }

    public int Pid => Process.Id;

    protected Process Process { get; }

    protected static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Write(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
        }

        Process.Dispose();
        await _log.DisposeAsync();
    }
}
