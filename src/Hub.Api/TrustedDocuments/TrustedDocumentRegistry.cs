using GraphQL;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.Options;
using Hub.Api.Writes;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Api.TrustedDocuments;

/// <summary>Registers, revokes and finds an agency's trusted documents. A document is accepted
/// only if it is within the Hub's limits and valid against the schema; every change is audited as
/// every write is (<see cref="AuditTrail"/>), for the agency of the <see cref="Actor"/>.</summary>
internal sealed class TrustedDocumentRegistry(
    HubDbContext db,
    HubSchema schema,
    IDocumentValidator validator,
    IOptions<LimitsOptions> limits)
{
    public const int MaxNameLength = 200;

    /// <summary>The text of a document the agency registered and has not revoked.</summary>
    public Task<string?> FindAsync(Guid agencyId, string documentId, CancellationToken cancellationToken) =>
        db.TrustedDocuments
            .Where(d => d.AgencyId == agencyId && d.DocumentId == documentId && d.RevokedAt == null)
            .Select(d => d.Body)
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<TrustedDocumentResult> RegisterAsync(Actor actor, string body, string? name, string? expectedId, CancellationToken cancellationToken)
    {
        var result = await RegisterAllAsync(actor, [new TrustedDocumentSubmission(body, name, expectedId)], [], cancellationToken);
        return new TrustedDocumentResult(result.Documents.SingleOrDefault(), result.Errors);
    }

    /// <summary>Registers every document or none (a graphql-codegen persisted documents manifest,
    /// for one): each is checked as a single registration is, and an error's field path starts with
    /// <paramref name="path"/> and the document's index. Each document is audited on its own.</summary>
    public async Task<TrustedDocumentBatchResult> RegisterAllAsync(Actor actor, IReadOnlyList<TrustedDocumentSubmission> submissions, IReadOnlyList<string> path, CancellationToken cancellationToken)
    {
        var errors = new List<TrustedDocumentError>();
        for (var i = 0; i < submissions.Count; i++)
        {
            IReadOnlyList<string> Field(string name) => path.Count == 0 ? [name] : [.. path, i.ToString(System.Globalization.CultureInfo.InvariantCulture), name];
            var (body, name, expectedId) = submissions[i];
            var documentId = DocumentIdentifier.Of(body);
            if (expectedId is not null && expectedId != documentId)
            {
                errors.Add(new TrustedDocumentError(TrustedDocumentErrorCode.DocumentIdMismatch,
                    $"The text's identifier is {documentId}, not {expectedId}: hash the exact UTF-8 text with SHA-256.", Field("documentId")));
            }

            if (name is { Length: > MaxNameLength })
            {
                errors.Add(new TrustedDocumentError(TrustedDocumentErrorCode.InvalidName, $"A name has at most {MaxNameLength} characters.", Field("name")));
            }

            errors.AddRange((await ProblemsAsync(body, cancellationToken)).Select(p => new TrustedDocumentError(TrustedDocumentErrorCode.InvalidDocument, p, Field("document"))));
        }

        if (errors.Count > 0)
        {
            return new TrustedDocumentBatchResult([], errors);
        }

        var agencyId = actor.AgencyId;
        var documents = new Dictionary<string, TrustedDocument>(StringComparer.Ordinal);
        foreach (var (body, name, _) in submissions)
        {
            var documentId = DocumentIdentifier.Of(body);
            if (documents.ContainsKey(documentId))
            {
                continue;
            }

            var document = await db.TrustedDocuments.SingleOrDefaultAsync(d => d.AgencyId == agencyId && d.DocumentId == documentId, cancellationToken);
            List<string> changed;
            if (document is null)
            {
                document = new TrustedDocument { AgencyId = agencyId, DocumentId = documentId, Body = body, Name = name, RegisteredAt = actor.Now, RegisteredBy = actor.Caller.ObjectId ?? "" };
                db.TrustedDocuments.Add(document);
                changed = ["document"];
            }
            else
            {
                // Registering again restores a revoked document and may rename it.
                changed = document.RevokedAt is null ? [] : ["revokedAt"];
                document.RevokedAt = null;
                document.Name = name ?? document.Name;
            }

            Audit(actor, "TrustedDocument.Registered", document, name is null ? changed : [.. changed, "name"]);
            documents.Add(documentId, document);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new TrustedDocumentBatchResult([.. documents.Values], []);
    }

    public async Task<TrustedDocumentResult> RevokeAsync(Actor actor, string documentId, CancellationToken cancellationToken)
    {
        var agencyId = actor.AgencyId;
        var document = await db.TrustedDocuments.SingleOrDefaultAsync(d => d.AgencyId == agencyId && d.DocumentId == documentId, cancellationToken);
        if (document is null)
        {
            return TrustedDocumentResult.Failed(new TrustedDocumentError(TrustedDocumentErrorCode.NotFound, $"Your agency has no document {documentId}.", ["documentId"]));
        }

        if (document.RevokedAt is null)
        {
            document.RevokedAt = actor.Now;
            Audit(actor, "TrustedDocument.Revoked", document, ["revokedAt"]);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TrustedDocumentResult.Ok(document);
    }

    /// <summary>Lets the agency's callers run only its trusted documents, or any document.</summary>
    public async Task SetTrustedDocumentsOnlyAsync(Agency agency, bool only, Actor actor, CancellationToken cancellationToken)
    {
        agency.TrustedDocumentsOnly = only;
        AuditTrail.Record(db, actor, only ? "Agency.TrustedDocumentsOnly" : "Agency.AnyDocument", nameof(Agency), agency.Id, ["trustedDocumentsOnly"]);
        await db.SaveChangesAsync(cancellationToken);
    }

    // The same limits a request meets, then the spec's validation of every operation against the
    // schema. Variables are supplied only when the document runs, so their absence is no fault here.
    private async Task<List<string>> ProblemsAsync(string body, CancellationToken cancellationToken)
    {
        var (parsed, limitError) = DocumentLimits.Check(body, limits.Value);
        if (limitError is not null)
        {
            return [limitError.Message];
        }

        if (parsed is null)
        {
            try
            {
                Parser.Parse(body);
            }
            catch (GraphQLSyntaxErrorException e)
            {
                return [e.Message];
            }
        }

        if (parsed!.Definitions.Any(d => d is not (GraphQLOperationDefinition or GraphQLFragmentDefinition)))
        {
            return ["A trusted document holds operations and fragments only."];
        }

        var operations = parsed.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count == 0)
        {
            return ["The document has no operation."];
        }

        // What the Hub would refuse to run is not worth keeping: it serves queries and mutations.
        if (operations.Any(o => o.Operation is not (OperationType.Query or OperationType.Mutation)))
        {
            return ["The Hub serves queries and mutations only; a document with a subscription would never run."];
        }

        var problems = new List<string>();
        foreach (var operation in operations)
        {
            var result = await validator.ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = parsed,
                Operation = operation,
                Rules = [.. DocumentValidator.CoreRules, new PagingRule()],
                UserContext = new Dictionary<string, object?>(),
                Variables = Inputs.Empty,
                Extensions = Inputs.Empty,
                CancellationToken = cancellationToken,
            });
            problems.AddRange(result.Errors.Where(e => e is not InvalidVariableError).Select(e => Suggestions.Strip(e.Message)).Except(problems));
        }

        return problems;
    }

    private void Audit(Actor actor, string action, TrustedDocument document, IEnumerable<string> changed) =>
        AuditTrail.Record(db, actor, action, nameof(TrustedDocument), document.DocumentId, changed, new { document.Name, document.RevokedAt });
}
