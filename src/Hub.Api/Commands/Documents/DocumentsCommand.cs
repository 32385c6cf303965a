using System.CommandLine;

namespace Hub.Api.Commands.Documents;

/// <summary><c>documents ...</c>: the operators' way to manage an agency's trusted documents, e.g.
/// from a dashboard's build pipeline. A new subcommand is a <see cref="AgencyDocumentsCommand"/>
/// of its own, added below.</summary>
internal sealed class DocumentsCommand : Command
{
    public DocumentsCommand(ICommandHost host)
        : base("documents", "Manage an agency's trusted documents.")
    {
        Subcommands.Add(new DocumentsRegisterCommand(host));
        Subcommands.Add(new DocumentsManifestCommand(host));
        Subcommands.Add(new DocumentsRevokeCommand(host));
        Subcommands.Add(new DocumentsListCommand(host));
        Subcommands.Add(new DocumentsOnlyCommand(host));
    }
}
