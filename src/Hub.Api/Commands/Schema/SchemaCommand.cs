using System.CommandLine;

namespace Hub.Api.Commands.Schema;

/// <summary><c>schema ...</c>: the GraphQL contract.</summary>
internal sealed class SchemaCommand : Command
{
    public SchemaCommand(ICommandHost host)
        : base("schema", "The GraphQL schema.")
    {
        Subcommands.Add(new SchemaExportCommand(host));
    }
}
