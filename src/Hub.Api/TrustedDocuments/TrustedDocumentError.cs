namespace Hub.Api.TrustedDocuments;

/// <summary>Why a registration or revocation did not happen.</summary>
internal sealed record TrustedDocumentError(TrustedDocumentErrorCode Code, string Message);
