using GraphQL.Types;
using Hub.Api.Agencies;
using Hub.Api.Consents;
using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Disclosures;

internal sealed class DisclosureGraphType : ObjectGraphType<Disclosure>
{
    public DisclosureGraphType()
    {
        Name = "Disclosure";
        Description = "One case shown in one response: who saw it, when, for what purpose, in which categories.";
        this.RequireRole(HubRoles.AuditRead);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable identifier.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Description("When the response was sent (UTC).").Resolve(c => c.Source.OccurredAt);
        Field<NonNullGraphType<AgencyGraphType>>("agency").Description("The agency shown the case.").Resolve(c => c.LoadAgency(c.Source.AgencyId));
        Field<NonNullGraphType<BooleanGraphType>>("isApp").Description("True when an app (not a signed-in user) of that agency asked.").Resolve(c => c.Source.CallerIsApp);
        Field<NonNullGraphType<PurposeGraphType>>("purpose").Description("The purpose declared.").Resolve(c => c.Source.Purpose);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>>("categories")
            .Description("The categories of the fields disclosed; empty when only the case's existence and reference were shown.")
            .Resolve(c => Hub.Api.Access.CaseCategories.Split(c.Source.Categories));
        Field<StringGraphType>("operationName").Description("The GraphQL operation name, if the client gave one.").Resolve(c => c.Source.OperationName);
        Field<NonNullGraphType<StringGraphType>>("documentHash").Description("`sha256:` and the hex SHA-256 of the GraphQL document.").Resolve(c => c.Source.DocumentHash);
        Field<NonNullGraphType<StringGraphType>>("requestId").Description("The request's trace id, shared with the Hub's logs.").Resolve(c => c.Source.RequestId);
    }
}
