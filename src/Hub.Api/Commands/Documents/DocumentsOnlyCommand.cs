using System.CommandLine;

namespace Hub.Api.Commands.Documents;

/// <summary><c>documents only on|off</c>: whether the agency may still run free-form documents.</summary>
internal sealed class DocumentsOnlyCommand : AgencyDocumentsCommand
{
    private readonly Argument<string> _setting = new("setting") { Description = "on: only the agency's trusted documents run; off: any document runs." };

    public DocumentsOnlyCommand(ICommandHost host)
        : base("only", "Let the agency run only its trusted documents, or any document.", host)
    {
        _setting.AcceptOnlyFromAmong("on", "off");
        Arguments.Add(_setting);
    }

    protected override async Task<int> RunAsync(AgencyDocuments documents, ParseResult parse, CancellationToken cancellationToken)
    {
        var only = parse.GetRequiredValue(_setting) == "on";
        await documents.Registry.SetTrustedDocumentsOnlyAsync(documents.Agency, only, documents.Actor, cancellationToken);
        Console.WriteLine(documents.Setting);
        return 0;
    }
}
