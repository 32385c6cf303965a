using System.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Commands.Documents;

/// <summary><c>documents list</c>: the agency's setting, then its documents, newest first.</summary>
internal sealed class DocumentsListCommand(ICommandHost host)
    : AgencyDocumentsCommand("list", "List an agency's trusted documents.", host)
{
    protected override async Task<int> RunAsync(AgencyDocuments documents, ParseResult parse, CancellationToken cancellationToken)
    {
        var agencyId = documents.Agency.Id;
        var list = await documents.Db.TrustedDocuments.AsNoTracking().Where(d => d.AgencyId == agencyId)
            .OrderByDescending(d => d.RegisteredAt).ToListAsync(cancellationToken);
        Console.WriteLine(documents.Setting);
        foreach (var d in list)
        {
            Console.WriteLine($"{d.DocumentId}  {d.RegisteredAt:yyyy-MM-dd HH:mm}  {(d.RevokedAt is null ? "active " : "revoked")}  {d.Name}");
        }

        return 0;
    }
}
