using GraphQL.Types;

namespace Hub.Api.TrustedDocuments;

/// <summary>The payload of a trusted document mutation; one named type per mutation.</summary>
internal abstract class TrustedDocumentPayloadGraphType : ObjectGraphType<TrustedDocumentResult>
{
    protected TrustedDocumentPayloadGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<TrustedDocumentGraphType>("trustedDocument").Description("The document as it now stands; null when `errors` is not empty.").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrustedDocumentErrorGraphType>>>>("errors").Description("Why nothing was changed; empty on success.").Resolve(c => c.Source.Errors);
    }
}

internal sealed class RegisterTrustedDocumentPayloadGraphType() : TrustedDocumentPayloadGraphType("RegisterTrustedDocumentPayload", "The result of `registerTrustedDocument`.");

internal sealed class RevokeTrustedDocumentPayloadGraphType() : TrustedDocumentPayloadGraphType("RevokeTrustedDocumentPayload", "The result of `revokeTrustedDocument`.");

internal sealed class RegisterTrustedDocumentsPayloadGraphType : ObjectGraphType<TrustedDocumentBatchResult>
{
    public RegisterTrustedDocumentsPayloadGraphType()
    {
        Name = "RegisterTrustedDocumentsPayload";
        Description = "The result of `registerTrustedDocuments`.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrustedDocumentGraphType>>>>("trustedDocuments").Description("The documents as they now stand, once each; empty when `errors` is not empty.").Resolve(c => c.Source.Documents);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrustedDocumentErrorGraphType>>>>("errors").Description("Why nothing was registered, each with the path of the document at fault; empty on success.").Resolve(c => c.Source.Errors);
    }
}
