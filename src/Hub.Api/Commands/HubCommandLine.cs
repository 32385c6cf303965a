using System.CommandLine;
using System.CommandLine.Invocation;

namespace Hub.Api.Commands;

/// <summary>The executable's command line: the server, or one of the commands of
/// <see cref="HubRootCommand"/>, with the host's settings anywhere on the line.</summary>
internal static class HubCommandLine
{
    /// <summary>The exit code of a wrong or missing argument (a usage error, as for most Unix tools).</summary>
    public const int UsageError = 2;

    private static readonly InvocationConfiguration Invocation = new()
    {
        // An exception ends the process with a failure and its stack trace, as before; it also lets
        // the EF Core tools stop the host once they have it.
        EnableDefaultExceptionHandler = false,
        // The host answers Ctrl+C and SIGTERM with a graceful shutdown.
        ProcessTerminationTimeout = null,
    };

    public static Task<int> RunAsync(string[] args)
    {
        var host = new HubHost();
        var root = new HubRootCommand(host);
        var line = HostArguments.Split(root, args);
        host.Configuration = line.Configuration;
        return InvokeAsync(root, line.Command);
    }

    /// <summary>Runs a command on <paramref name="host"/>, whose configuration is already set.</summary>
    public static Task<int> RunAsync(string[] args, ICommandHost host)
    {
        var root = new HubRootCommand(host);
        return InvokeAsync(root, HostArguments.Split(root, args).Command);
    }

    private static async Task<int> InvokeAsync(RootCommand root, IReadOnlyList<string> tokens)
    {
        var parse = root.Parse(tokens);
        var exitCode = await parse.InvokeAsync(Invocation);
        return parse.Action is ParseErrorAction ? UsageError : exitCode;
    }
}
