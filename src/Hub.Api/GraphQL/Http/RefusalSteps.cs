using GraphQL.Transport;
using Hub.Api.Identity;
using Hub.Api.TrustedDocuments;

namespace Hub.Api.GraphQL.Http;

/// <summary>The checks a request meets before it runs, in order: each refuses it or lets it on.
/// Everything up to the document lookup costs no database command.</summary>
internal sealed class RefusalSteps(GraphQLRequestReader reader, TrustedDocumentRegistry trustedDocuments, CallerResolver callers, DocumentCache documents)
{
    /// <summary>The message Apollo Client's persisted query link and urql's persisted exchange look
    /// for before they send the request again with its text.</summary>
    public const string PersistedQueryNotFoundMessage = "PersistedQueryNotFound";

    public IEnumerable<Func<GraphQLExchange, Task<Refusal?>>> InOrder =>
        [AcceptableMediaTypeAsync, ValidTokenAsync, ReadableRequestAsync, ScopeAsync, FreeFormLimitsAsync, RegisteredDocumentAsync];

    private Task<Refusal?> AcceptableMediaTypeAsync(GraphQLExchange exchange)
    {
        var mediaType = ResponseMediaType.Negotiate(exchange.Http.Request.Headers.Accept);
        exchange.MediaType = mediaType ?? ResponseMediaType.Json;
        return Task.FromResult(mediaType is null
            ? new Refusal(ErrorCodes.NotAcceptable, $"Accept {ResponseMediaType.GraphQLResponse} or {ResponseMediaType.Json}.")
            : null);
    }

    // The endpoint admits anonymous callers (they may ask for nothing but the schema's shape), so a
    // token that fails validation must not quietly become an anonymous request.
    private static async Task<Refusal?> ValidTokenAsync(GraphQLExchange exchange)
    {
        (exchange.User, var refusal) = await BearerToken.ValidateAsync(exchange.Http);
        return refusal;
    }

    private async Task<Refusal?> ReadableRequestAsync(GraphQLExchange exchange)
    {
        var (request, byPersistedQuery, refusal) = await reader.ReadAsync(exchange.Http.Request, exchange.Http.RequestAborted);
        exchange.Request = request ?? new GraphQLRequest();
        exchange.ByPersistedQuery = byPersistedQuery;
        exchange.Query = exchange.Request.Query;
        return refusal;
    }

    private Task<Refusal?> ScopeAsync(GraphQLExchange exchange)
    {
        exchange.Caller = callers.FromToken(exchange.User);
        return Task.FromResult(BearerToken.Scope(exchange.Http, exchange.Caller));
    }

    // Lexical limits on a text the request carries, before any registry read.
    private Task<Refusal?> FreeFormLimitsAsync(GraphQLExchange exchange)
    {
        if (exchange.Query is null)
        {
            return Task.FromResult<Refusal?>(null);
        }

        var (document, refusal) = documents.Get(exchange.Query);
        exchange.Document = document;
        return Task.FromResult(refusal);
    }

    // A document named by its identifier is looked up among the caller's agency's registered ones.
    // A request that also carries the text (Apollo's retry, whose hash the reader checked) runs as
    // that registered document when there is one, and as a free-form document otherwise.
    private async Task<Refusal?> RegisteredDocumentAsync(GraphQLExchange exchange)
    {
        var documentId = exchange.Request.DocumentId;
        if (documentId is null)
        {
            return null;
        }

        var textSent = exchange.Query is not null;
        if (exchange.Caller.Status == CallerStatus.Claimed)
        {
            exchange.Caller = await callers.ConfirmAsync(exchange.Caller, exchange.Http.RequestAborted);
        }

        if (!exchange.Caller.IsActiveAgency)
        {
            return textSent ? null : CallerRefusal(exchange.Caller);
        }

        var text = await trustedDocuments.FindAsync(exchange.Caller.Agency!.Id, documentId, exchange.Http.RequestAborted);
        if (text is null)
        {
            return textSent ? null
                : exchange.ByPersistedQuery ? new Refusal(ErrorCodes.PersistedQueryNotFound, PersistedQueryNotFoundMessage)
                : new Refusal(ErrorCodes.DocumentNotFound, $"Your agency has no registered document {documentId}, or it was revoked.");
        }

        exchange.IsTrustedDocument = true;
        if (!textSent)
        {
            exchange.Query = text;
            var (document, refusal) = documents.Get(text);
            exchange.Document = document;
            return refusal;
        }

        return null;
    }

    // Documents are registered per agency: only a caller whose token names an active registered
    // agency can name one, and anyone else gets the answer its free-form requests get.
    private static Refusal CallerRefusal(Caller caller) => caller.Status switch
    {
        CallerStatus.Anonymous => new Refusal(ErrorCodes.AuthenticationRequired, "Registered documents are run for the agency of the caller's token; send one."),
        CallerStatus.Suspended => new Refusal(ErrorCodes.AgencySuspended, "Your agency's access to the Hub is suspended."),
        _ => new Refusal(ErrorCodes.UnknownTenant, "Your tenant is not registered with the Hub."),
    };
}
