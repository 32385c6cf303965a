namespace Hub.Api.TrustedDocuments;

/// <summary>Why a registration or revocation did not happen, and the path into the input of the
/// value at fault.</summary>
internal sealed record TrustedDocumentError(TrustedDocumentErrorCode Code, string Message, IReadOnlyList<string> Field);
