using static Hub.Api.GraphQL.ErrorCodes;

namespace Hub.Api.GraphQL;

/// <summary>Every <c>extensions.code</c> the Hub itself returns, with its HTTP status and meaning:
/// the endpoint's one code-to-status table, and the table the README prints (a test keeps the two
/// equal). Codes not listed here are GraphQL.NET's own parse and validation codes.</summary>
internal static class ErrorCatalogue
{
    public static readonly IReadOnlyList<ErrorCatalogueEntry> Entries =
    [
        new(InvalidRequest, 400, $"malformed body or parameters, a batch, both `query` and `documentId`, a malformed `persistedQuery`, an operation name longer than {Hub.Data.Entities.Disclosure.MaxOperationNameLength} characters"),
        new(DocumentTooLarge, 400, "the document is longer than `MaxDocumentLength`"),
        new(TooManyTokens, 400, "the document has more than `MaxTokens` tokens"),
        new(TooManyAliases, 400, "the document uses more than `MaxAliases` aliases"),
        new(TooManyDirectives, 400, "the document uses more than `MaxDirectives` directives"),
        new(DocumentTooDeep, 400, "the document nests deeper than `MaxParserDepth`"),
        new(TooManyFields, 400, "the document selects more than `MaxExpandedFields` fields with its fragments spread out"),
        new(SelectionTooDeep, 400, "the selection is deeper than `MaxDepth`"),
        new(TooCostly, 400, "the operation costs more than `MaxComplexity`"),
        new(InvalidPaging, 400, "a page of more than 100 or fewer than 0 items, or both paging directions at once"),
        new(IntrospectionDisabled, 400, "introspection is switched off"),
        new(OperationNotSupported, 400, "an operation type the Hub does not serve (subscriptions)"),
        new(DocumentNotFound, 400, "the agency has no such registered document, or revoked it"),
        new(PersistedQueryNotFound, 400, "`extensions.persistedQuery` names no registered document of the agency: send it again with `query`"),
        new(PersistedQueryHashMismatch, 400, "`extensions.persistedQuery.sha256Hash` is not the SHA-256 of `query`"),
        new(InvalidIdempotencyKey, 400, "an `Idempotency-Key` header that is empty, longer than 255 characters, not printable ASCII, holds a comma, or is sent twice"),
        new(AuthenticationRequired, 401, "no token where one is needed"),
        new(InvalidToken, 401, "the token failed validation (signature, issuer, audience, lifetime)"),
        new(InsufficientScope, 403, "a user token without the delegated scope `Hub.Access`"),
        new(MissingRole, 403, "the token lacks an app role the field needs (an app with none: an administrator must assign it an app role of the Hub), or carries it beyond its agency's role ceiling"),
        new(OperatorRequired, 403, "a registry operation, which needs `Hub.Admin` in the operator's tenant (`Hub:OperatorTenantId`); an agency's `Hub.Admin` is refused it"),
        new(UnknownTenant, 403, "the registry does not know the token's tenant"),
        new(AgencySuspended, 403, "the agency's access is suspended"),
        new(TrustedDocumentRequired, 403, "only registered documents may run for this agency"),
        new(MutationOverGet, 405, "mutations are POST only"),
        new(MethodNotAllowed, 405, "only GET and POST reach `/graphql`, only POST `/import/{kind}`"),
        new(NotAcceptable, 406, "the client accepts neither JSON response type (an import: neither JSON nor CSV)"),
        new(IdempotencyKeyInProgress, 409, "a request with this `Idempotency-Key` is still running; retry once it has answered"),
        new(UnknownImport, 404, "`/import/{kind}` of a kind there is no import of: `projects` and `activities` exist"),
        new(RequestTooLarge, 413, "a body over `MaxRequestBytes` (an import file over `Hub:Writes:ImportMaxBytes`)"),
        new(UnsupportedMediaType, 415, "a body that is not `application/json` (UTF-8); for an import, not `text/csv` (UTF-8)"),
        new(ImportRefused, 422, "an import file with faults: nothing of it was written, and the report lists each fault by row and column"),
        new(UnknownExport, 404, "`/export/{name}.csv` of a statistic there is no export of"),
        new(IdempotencyKeyReused, 422, "this `Idempotency-Key` came with another request (document, operation, variables or caller): use a new key"),
        new(RateLimited, 429, "over the caller's or the agency's allowance (`RequestsPerMinutePerCaller`, `RequestsPerMinute`); wait `Retry-After` seconds"),
        new(InvalidFilter, 200, "a field error: a `where` value the field cannot compare"),
        new(InvalidGrouping, 200, "a field error: a statistic's `groupBy` names more than three dimensions, one twice, or one the statistic does not have"),
        new(InvalidOrder, 200, "a field error: an `order` element that does not set exactly one field, or too many keys"),
        new(InvalidCursor, 200, "a field error: a cursor that is not this field's, this ordering's or this agency's"),
        new(NothingWritten, 200, "beside the errors of a request with mutations that failed anywhere (its payload included): nothing of it was written, and no data is sent"),
        new(InternalError, 500, "an unexpected fault; quote the trace id (in a field of an answered request, that field is null and the status 200)"),
        new(WriteTimedOut, 503, "a write that could not commit within a minute of its start was undone (incremental sync relies on it); send it again"),
        new(DisclosureLogFailed, 500, "the disclosure log could not be written, so no case data is sent"),
    ];

    private static readonly Dictionary<string, ErrorCatalogueEntry> ByCode = Entries.ToDictionary(e => e.Code, StringComparer.Ordinal);

    public static ErrorCatalogueEntry? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var entry) ? entry : null;

    /// <summary>The status of a refusal with this code.</summary>
    public static int StatusOf(string code) =>
        Find(code)?.Status ?? throw new InvalidOperationException($"Error code {code} is not in the catalogue.");

    /// <summary>The status of a response that did not execute, from the codes of its errors: 405
    /// if any is a mutation over GET; 401 if all want a token, 403 if all are access refusals; 500
    /// if any is an internal fault; a 4xx of the Hub's own if any has one; otherwise the errors are
    /// the spec's parse and validation errors, 400 with the GraphQL response media type and 200
    /// with plain JSON, as GraphQL over HTTP has it.</summary>
    public static int StatusOf(IReadOnlyCollection<string?> codes, bool graphQLResponseMediaType)
    {
        var statuses = codes.Select(c => Find(c)?.Status).ToList();
        if (statuses.Contains(405))
        {
            return 405;
        }

        if (statuses.Count > 0 && statuses.All(s => s == 401))
        {
            return 401;
        }

        if (statuses.Count > 0 && statuses.All(s => s is 401 or 403))
        {
            return 403;
        }

        if (statuses.Contains(500))
        {
            return 500;
        }

        return statuses.FirstOrDefault(s => s is >= 400 and < 500 and not 401 and not 403)
            ?? (graphQLResponseMediaType ? 400 : 200);
    }
}
