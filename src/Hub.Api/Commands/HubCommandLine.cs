namespace Hub.Api.Commands;

/// <summary>Separates a command (<c>migrate</c>, <c>seed --size 1000000</c>, ...) from
/// configuration overrides (<c>--Database:Provider=PostgreSql</c>), which every command and the
/// server take alike.</summary>
internal sealed record HubCommandLine(string? Command, IReadOnlyList<string> CommandArgs, string[] ConfigurationArgs)
{
    public static HubCommandLine Parse(string[] args)
    {
        var configuration = args.Where(IsConfiguration).ToArray();
        var rest = args.Where(a => !IsConfiguration(a)).ToList();
        return rest.Count > 0 && !rest[0].StartsWith('-')
            ? new HubCommandLine(rest[0], rest.Skip(1).ToList(), configuration)
            : new HubCommandLine(null, rest, configuration);
    }

    public string? Option(string name)
    {
        var index = CommandArgs.ToList().IndexOf("--" + name);
        return index >= 0 && index + 1 < CommandArgs.Count ? CommandArgs[index + 1] : null;
    }

    public bool Flag(string name) => CommandArgs.Contains("--" + name);

    private static bool IsConfiguration(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=');
}
