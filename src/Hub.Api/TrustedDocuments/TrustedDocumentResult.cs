using Hub.Data.Entities;

namespace Hub.Api.TrustedDocuments;

/// <summary>The document as it now stands, or the errors that left it unchanged.</summary>
internal sealed record TrustedDocumentResult(TrustedDocument? Document, IReadOnlyList<TrustedDocumentError> Errors)
{
    public static TrustedDocumentResult Ok(TrustedDocument document) => new(document, []);

    public static TrustedDocumentResult Failed(params TrustedDocumentError[] errors) => new(null, errors);
}
