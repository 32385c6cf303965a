using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.TrustedDocuments;

internal sealed class TrustedDocumentGraphType : ObjectGraphType<TrustedDocument>
{
    public TrustedDocumentGraphType()
    {
        Name = "TrustedDocument";
        Description = "A GraphQL document your agency registered. Send `documentId` instead of `query` to run it.";
        this.RequireRole(HubRoles.HubAdmin);
        Field<NonNullGraphType<StringGraphType>>("documentId").Description("`sha256:` and the lower-case hex SHA-256 of the exact UTF-8 text.").Resolve(c => c.Source.DocumentId);
        Field<StringGraphType>("name").Description("A label for people, such as the dashboard that sends it.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("document").Description("The text, exactly as registered.").Resolve(c => c.Source.Body);
        Field<NonNullGraphType<DateTimeGraphType>>("registeredAt").Description("When it was first registered (UTC).").Resolve(c => c.Source.RegisteredAt);
        Field<DateTimeGraphType>("revokedAt").Description("When it was revoked (UTC); null while it may run.").Resolve(c => c.Source.RevokedAt);
    }
}
