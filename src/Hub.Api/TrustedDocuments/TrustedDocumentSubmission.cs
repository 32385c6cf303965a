namespace Hub.Api.TrustedDocuments;

/// <summary>A document offered for registration, with the identifier the client computed, if any.</summary>
internal sealed record TrustedDocumentSubmission(string Document, string? Name, string? DocumentId);
