using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Runs a script of tests/node against a Hub listening on a real loopback socket.</summary>
public static class NodeScript
{
    public static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "node");

    /// <summary>Starts <paramref name="hub"/> on Kestrel (a free loopback port) and answers its base URL.</summary>
    public static string Listen(HubFactory hub)
    {
        hub.UseKestrel(0);
        hub.StartServer();
        return hub.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public static async Task<string> RunAsync(string script, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules")),
            "The npm packages of tests/node are missing: run `npm ci --prefix tests/node` (the test command does).");
        var start = new ProcessStartInfo("node", [Path.Combine(Folder, script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"node {script} failed: {await stderr}");
        return await stdout;
    }
}
