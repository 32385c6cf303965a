namespace Hub.Api.TrustedDocuments;

internal enum TrustedDocumentErrorCode
{
    /// <summary>The text is not a document the Hub's schema can run.</summary>
    InvalidDocument,

    /// <summary>The identifier the client computed does not match the text.</summary>
    DocumentIdMismatch,

    /// <summary>The name is longer than 200 characters.</summary>
    InvalidName,

    /// <summary>The agency has no document with that identifier.</summary>
    NotFound,
}
