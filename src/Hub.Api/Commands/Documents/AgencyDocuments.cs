using Hub.Api.TrustedDocuments;
using Hub.Api.Writes;
using Hub.Data;
using Hub.Data.Entities;

namespace Hub.Api.Commands.Documents;

/// <summary>What a <c>documents</c> subcommand works on: the agency named by <c>--agency</c>, and
/// the actor its audit entries name (the command, for that agency).</summary>
internal sealed record AgencyDocuments(Agency Agency, HubDbContext Db, TrustedDocumentRegistry Registry, Actor Actor)
{
    public string Setting => $"{Agency.Code}: {(Agency.TrustedDocumentsOnly ? "only trusted documents run" : "any document runs")}";
}
