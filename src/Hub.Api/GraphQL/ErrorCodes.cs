namespace Hub.Api.GraphQL;

/// <summary>The <c>extensions.code</c> values the Hub itself puts on errors.</summary>
internal static class ErrorCodes
{
    public const string AuthenticationRequired = "AUTHENTICATION_REQUIRED";
    public const string InvalidToken = "INVALID_TOKEN";
    public const string InsufficientScope = "INSUFFICIENT_SCOPE";
    public const string UnknownTenant = "UNKNOWN_TENANT";
    public const string AgencySuspended = "AGENCY_SUSPENDED";
    public const string MissingRole = "MISSING_ROLE";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MutationOverGet = "MUTATION_OVER_GET";
    public const string InternalError = "INTERNAL_ERROR";
    public const string DisclosureLogFailed = "DISCLOSURE_LOG_FAILED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string SelectionTooDeep = "SELECTION_TOO_DEEP";
    public const string TooCostly = "TOO_COSTLY";
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";
    public const string DocumentNotFound = "DOCUMENT_NOT_FOUND";
    public const string RateLimited = "RATE_LIMITED";
}
