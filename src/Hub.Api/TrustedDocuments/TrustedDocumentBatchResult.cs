using Hub.Data.Entities;

namespace Hub.Api.TrustedDocuments;

/// <summary>The documents as they now stand, or the errors that left every one unchanged.</summary>
internal sealed record TrustedDocumentBatchResult(IReadOnlyList<TrustedDocument> Documents, IReadOnlyList<TrustedDocumentError> Errors);
