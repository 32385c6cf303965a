using GraphQL.Types;

namespace Hub.Api.TrustedDocuments;

internal sealed class RegisterTrustedDocumentInputGraphType : InputObjectGraphType
{
    public RegisterTrustedDocumentInputGraphType()
    {
        Name = "RegisterTrustedDocumentInput";
        Description = "A document to register for your agency.";
        Field<NonNullGraphType<StringGraphType>>("document").Description("The exact text your client will identify by its SHA-256; every operation in it must validate.");
        Field<StringGraphType>("name").Description("A label for people, at most 200 characters.");
        Field<StringGraphType>("documentId").Description("The identifier your client computed; when given, the Hub checks it against the text.");
    }
}

internal sealed class RevokeTrustedDocumentInputGraphType : InputObjectGraphType
{
    public RevokeTrustedDocumentInputGraphType()
    {
        Name = "RevokeTrustedDocumentInput";
        Description = "A document your agency registered and wants no longer run.";
        Field<NonNullGraphType<StringGraphType>>("documentId").Description("The document's `sha256:` identifier.");
    }
}

internal sealed class TrustedDocumentSubmissionInputGraphType : InputObjectGraphType
{
    public TrustedDocumentSubmissionInputGraphType()
    {
        Name = "TrustedDocumentSubmissionInput";
        Description = "One document of a set to register, such as an entry of a persisted documents manifest.";
        Field<NonNullGraphType<StringGraphType>>("document").Description("The exact text your client will identify by its SHA-256; every operation in it must validate.");
        Field<StringGraphType>("name").Description("A label for people, at most 200 characters.");
        Field<StringGraphType>("documentId").Description("The identifier your client computed (`sha256:` and hex); when given, the Hub checks it against the text.");
    }
}

internal sealed class RegisterTrustedDocumentsInputGraphType : InputObjectGraphType
{
    public RegisterTrustedDocumentsInputGraphType()
    {
        Name = "RegisterTrustedDocumentsInput";
        Description = "Documents to register for your agency together: all of them, or none.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrustedDocumentSubmissionInputGraphType>>>>("documents").Description("The documents, e.g. every entry of a graphql-codegen persisted documents manifest.");
    }
}
