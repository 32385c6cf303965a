using Hub.Api.GraphQL;

namespace Hub.Api.TrustedDocuments;

internal sealed class TrustedDocumentErrorCodeGraphType() : DescribedEnumGraphType<TrustedDocumentErrorCode>("TrustedDocumentErrorCode", "Why a trusted document was not registered or revoked.", new Dictionary<TrustedDocumentErrorCode, string>
{
    [TrustedDocumentErrorCode.InvalidDocument] = "The text is over the Hub's limits, does not parse, or does not validate against the schema.",
    [TrustedDocumentErrorCode.DocumentIdMismatch] = "The `documentId` sent does not match the SHA-256 of the text.",
    [TrustedDocumentErrorCode.InvalidName] = "The name is longer than 200 characters.",
    [TrustedDocumentErrorCode.NotFound] = "Your agency has no document with that identifier.",
});
