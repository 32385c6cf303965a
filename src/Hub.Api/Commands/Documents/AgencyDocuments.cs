using Hub.Api.TrustedDocuments;
using Hub.Data;
using Hub.Data.Entities;

namespace Hub.Api.Commands.Documents;

/// <summary>What a <c>documents</c> subcommand works on: the agency named by <c>--agency</c>, with
/// the request id and actor its audit entries carry.</summary>
internal sealed record AgencyDocuments(Agency Agency, HubDbContext Db, TrustedDocumentRegistry Registry)
{
    public const string Actor = "command";

    public string RequestId { get; } = "command-" + Guid.NewGuid().ToString("N");

    public string Setting => $"{Agency.Code}: {(Agency.TrustedDocumentsOnly ? "only trusted documents run" : "any document runs")}";
}
