using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Bench;

/// <summary>pgbench replaying a script of the Hub's statements: what the database alone can do
/// for the work of one request, without any API in front of it.</summary>
internal static partial class Pgbench
{
    public static async Task<(double? PerSecond, string? Problem)> RunAsync(
        PostgresServer server, string script, int clients, int seconds, CancellationToken cancellationToken)
    {
        var pgbench = ExternalCommand.Find("pgbench")
            ?? Directory.EnumerateFiles("/usr/lib/postgresql", "pgbench", SearchOption.AllDirectories).Order().LastOrDefault();
        if (pgbench is null)
        {
            return (null, "pgbench is missing (it comes with the postgresql package)");
        }

        var c = clients.ToString(CultureInfo.InvariantCulture);
        var (exit, output, error) = await ExternalCommand.RunAsync(pgbench,
            ["-n", "-f", script, "-c", c, "-j", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture), "-T", seconds.ToString(CultureInfo.InvariantCulture)],
            cancellationToken, server.LibpqEnvironment);
        var tps = Tps().Match(output);
        if (exit != 0 || !tps.Success)
        {
            var reason = (error + output).Split('\n').FirstOrDefault(l => l.Contains("ERROR", StringComparison.Ordinal) || l.Contains("error", StringComparison.Ordinal)) ?? $"exit {exit}";
            return (null, $"pgbench failed: {reason.Trim()}");
        }

        return (double.Parse(tps.Groups["tps"].Value, CultureInfo.InvariantCulture), null);
    }

    [GeneratedRegex(@"tps = (?<tps>[\d.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
