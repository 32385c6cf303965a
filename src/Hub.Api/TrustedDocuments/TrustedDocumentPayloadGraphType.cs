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
