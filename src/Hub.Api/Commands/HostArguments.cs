using System.CommandLine;

namespace Hub.Api.Commands;

/// <summary>A command line split into the commands' own tokens and the host's configuration.
/// Any <c>--Key</c> that is not an option of the commands is configuration, read as ASP.NET Core's
/// command-line provider reads it: <c>--Key=value</c>, or <c>--Key value</c> where the next token
/// is the value whatever it looks like. The same holds before, after and between the command's words.</summary>
internal sealed record HostArguments(IReadOnlyList<string> Command, IReadOnlyList<string> Configuration)
{
    public static HostArguments Split(Command root, IReadOnlyList<string> args)
    {
        var options = OptionsOf(root);
        var command = new List<string>();
        var configuration = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                command.AddRange(args.Skip(i));
                break;
            }

            // An option's value may follow it, or be joined to it by '=' or ':' (System.CommandLine takes both).
            var name = token.Split('=', ':')[0];
            var hasNext = i + 1 < args.Count;
            if (options.TryGetValue(name, out var option))
            {
                command.Add(token);
                if (name == token && hasNext && option.Arity.MinimumNumberOfValues > 0)
                {
                    command.Add(args[++i]);
                }
            }
            // A setting's value never starts with "--" unless joined by '=': "--verbose --dry-run" is
            // an unknown option before an option, not the setting "verbose" set to "--dry-run".
            else if (token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2 &&
                (token.Contains('=') || (hasNext && !args[i + 1].StartsWith("--", StringComparison.Ordinal))))
            {
                configuration.Add(token);
                if (!token.Contains('='))
                {
                    configuration.Add(args[++i]);
                }
            }
            else
            {
                // Command words, arguments and a --Key without a value, which the parser then reports.
                command.Add(token);
            }
        }

        return new HostArguments(command, configuration);
    }

    private static Dictionary<string, Option> OptionsOf(Command root)
    {
        var options = new Dictionary<string, Option>(StringComparer.Ordinal);
        var commands = new Stack<Command>([root]);
        while (commands.TryPop(out var command))
        {
            foreach (var option in command.Options)
            {
                foreach (var name in option.Aliases.Prepend(option.Name))
                {
                    options.TryAdd(name, option);
                }
            }

            foreach (var subcommand in command.Subcommands)
            {
                commands.Push(subcommand);
            }
        }

        return options;
    }
}
