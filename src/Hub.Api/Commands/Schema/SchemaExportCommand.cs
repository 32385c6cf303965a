using System.CommandLine;
using Hub.Api.GraphQL;

namespace Hub.Api.Commands.Schema;

/// <summary><c>schema export</c>: rewrites the committed SDL from the live schema (a test fails when they differ).</summary>
internal sealed class SchemaExportCommand : Command
{
    private readonly Option<string> _output = new("--output")
    {
        Description = "Where to write the SDL (default: schema/hub.graphql in the repository).",
        HelpName = "PATH",
    };

    public SchemaExportCommand(ICommandHost host)
        : base("export", "Write the schema's SDL.")
    {
        Options.Add(_output);
        SetAction((parse, cancellationToken) => host.RunAsync(async (services, stopping) =>
        {
            var path = parse.GetValue(_output) ?? DefaultPath();
            await File.WriteAllTextAsync(path, SchemaSdl.Print(services.GetRequiredService<HubSchema>()), stopping);
            Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
            return 0;
        }, cancellationToken));
    }

    private static string DefaultPath()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return Path.Combine(dir.FullName, "schema", "hub.graphql");
            }
        }

        return Path.Combine("schema", "hub.graphql");
    }
}
