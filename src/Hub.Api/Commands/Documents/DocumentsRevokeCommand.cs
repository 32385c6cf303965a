using System.CommandLine;

namespace Hub.Api.Commands.Documents;

/// <summary><c>documents revoke</c>: the document stops running at once.</summary>
internal sealed class DocumentsRevokeCommand : AgencyDocumentsCommand
{
    private readonly Option<string> _id = new("--id") { Description = "The document's id.", HelpName = "sha256:HEX", Required = true };

    public DocumentsRevokeCommand(ICommandHost host)
        : base("revoke", "Stop a trusted document from running.", host)
    {
        Options.Add(_id);
    }

    protected override async Task<int> RunAsync(AgencyDocuments documents, ParseResult parse, CancellationToken cancellationToken) =>
        Report(await documents.Registry.RevokeAsync(documents.Actor, parse.GetRequiredValue(_id), cancellationToken));
}
