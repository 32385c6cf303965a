using System.CommandLine;
using Hub.Api.Commands.Documents;
using Hub.Api.Commands.Schema;

namespace Hub.Api.Commands;

/// <summary>The Hub's executable: without a command it runs the server.</summary>
internal sealed class HubRootCommand : RootCommand
{
    public HubRootCommand(ICommandHost host)
        : base("""
            The Hub: runs the server, or one of the commands below.

            Any other --Section:Key value (or --Section:Key=value) overrides a setting, for the server
            and every command alike: --urls http://0.0.0.0:8080, --environment Production,
            --Database:Provider PostgreSql, --Database:ConnectionString "Host=...".
            """)
    {
        Subcommands.Add(new MigrateCommand(host));
        Subcommands.Add(new SeedCommand(host));
        Subcommands.Add(new DevTokenCommand(host));
        Subcommands.Add(new SchemaCommand(host));
        Subcommands.Add(new DocumentsCommand(host));
        Subcommands.Add(new Imports.ImportCommand(host));
        Subcommands.Add(new PurgeCommand(host));
        Subcommands.Add(new ProbeCommand());
        SetAction((_, cancellationToken) => host.ServeAsync(cancellationToken));
    }
}
