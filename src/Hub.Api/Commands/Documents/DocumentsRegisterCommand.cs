using System.CommandLine;

namespace Hub.Api.Commands.Documents;

/// <summary><c>documents register</c>: prints the new document's id.</summary>
internal sealed class DocumentsRegisterCommand : AgencyDocumentsCommand
{
    private readonly Option<FileInfo> _file = new("--file") { Description = "The document's exact text.", HelpName = "PATH", Required = true };
    private readonly Option<string> _name = new("--name") { Description = "A name for people to recognise it by.", HelpName = "NAME" };

    public DocumentsRegisterCommand(ICommandHost host)
        : base("register", "Register a trusted document for an agency; prints its documentId.", host)
    {
        Options.Add(_file.AcceptExistingOnly());
        Options.Add(_name);
    }

    protected override async Task<int> RunAsync(AgencyDocuments documents, ParseResult parse, CancellationToken cancellationToken)
    {
        var body = await File.ReadAllTextAsync(parse.GetRequiredValue(_file).FullName, cancellationToken);
        return Report(await documents.Registry.RegisterAsync(documents.Actor, body, parse.GetValue(_name), null, cancellationToken));
    }
}
