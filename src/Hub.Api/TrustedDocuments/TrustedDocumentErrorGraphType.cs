using GraphQL.Types;

namespace Hub.Api.TrustedDocuments;

internal sealed class TrustedDocumentErrorGraphType : ObjectGraphType<TrustedDocumentError>
{
    public TrustedDocumentErrorGraphType()
    {
        Name = "TrustedDocumentError";
        Description = "A reason the change was not made; nothing was changed.";
        Field<NonNullGraphType<TrustedDocumentErrorCodeGraphType>>("code").Description("What kind of problem.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("The problem in words, e.g. the validation message for the document.").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("field")
            .Description("The path into the input of the value at fault, e.g. `[\"documents\", \"3\", \"document\"]`.").Resolve(c => c.Source.Field);
    }
}
