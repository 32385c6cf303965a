namespace Hub.Api.GraphQL;

/// <summary>The <c>extensions.code</c> values the Hub itself puts on errors. Each has its HTTP
/// status and meaning in <see cref="ErrorCatalogue"/>; no other code string appears in the Hub.</summary>
internal static class ErrorCodes
{
    public const string AuthenticationRequired = "AUTHENTICATION_REQUIRED";
    public const string InvalidToken = "INVALID_TOKEN";
    public const string InsufficientScope = "INSUFFICIENT_SCOPE";
    public const string UnknownTenant = "UNKNOWN_TENANT";
    public const string AgencySuspended = "AGENCY_SUSPENDED";
    public const string MissingRole = "MISSING_ROLE";
    public const string OperatorRequired = "OPERATOR_REQUIRED";
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string TooManyTokens = "TOO_MANY_TOKENS";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyDirectives = "TOO_MANY_DIRECTIVES";
    public const string DocumentTooDeep = "DOCUMENT_TOO_DEEP";
    public const string TooManyFields = "TOO_MANY_FIELDS";
    public const string SelectionTooDeep = "SELECTION_TOO_DEEP";
    public const string TooCostly = "TOO_COSTLY";
    public const string InvalidPaging = "INVALID_PAGING";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    public const string DocumentNotFound = "DOCUMENT_NOT_FOUND";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string MutationOverGet = "MUTATION_OVER_GET";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string RateLimited = "RATE_LIMITED";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string InvalidGrouping = "INVALID_GROUPING";
    public const string InvalidOrder = "INVALID_ORDER";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidIdempotencyKey = "INVALID_IDEMPOTENCY_KEY";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string IdempotencyKeyInProgress = "IDEMPOTENCY_KEY_IN_PROGRESS";
    public const string NothingWritten = "NOTHING_WRITTEN";
    public const string WriteTimedOut = "WRITE_TIMED_OUT";
    public const string UnknownImport = "UNKNOWN_IMPORT";
    public const string ImportRefused = "IMPORT_REFUSED";
    public const string UnknownExport = "UNKNOWN_EXPORT";
    public const string InternalError = "INTERNAL_ERROR";
    public const string DisclosureLogFailed = "DISCLOSURE_LOG_FAILED";
}
