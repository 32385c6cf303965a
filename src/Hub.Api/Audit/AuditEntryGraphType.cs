using GraphQL.Types;
using Hub.Api.Agencies;
using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Audit;

internal sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One write your agency made (for the Hub operator: any agency's, or the operator's own), appended in the same transaction as the write itself. It names the fields the write set, never their values. Entries carry no number of their own: one would count other agencies' writes. Needs `Audit.Read`, or being the Hub operator.";
        this.RequireRole(HubRoles.AuditRead);
        this.OpenToOperator();
        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Description("When the write was made (UTC).").Resolve(c => c.Source.OccurredAt);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The mutation, e.g. `referCase`.").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<StringGraphType>>("entityType").Description("What was written: `Case`, `Consent`, `Referral`, `Project`, `CapacityBuildingActivity`, `TrustedDocument`, `Agency`; or `Statistics` for a statistic asked, which writes nothing.").Resolve(c => c.Source.EntityType);
        Field<AgencyGraphType>("agency").Description("The agency the write was made for; null for the operator's writes of the registry, which are no agency's.")
            .Resolve(c => c.Source.AgencyId is { } id ? c.LoadAgency(id) : null);
        Field<StringGraphType>("entityId")
            .Description("The id of what was written (a trusted document's `documentId`); null for a case, whose id leaves the Hub only as a recorded disclosure: read your case with `case(id, purpose)` and its history with `disclosures`.")
            .Resolve(c => c.Source.EntityType == nameof(Case) ? null : c.Source.EntityId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedFields").Description("The input fields the write set, by name; never their values.")
            .Resolve(c => c.Source.ChangedFields is { Length: > 0 } fields ? fields.Split(',') : []);
        Field<StringGraphType>("question").Description("For a statistic: its grouping and filter as asked, as JSON (`{\"groupBy\": [...], \"where\": {...}}`); null for writes.")
            .Resolve(c => c.Source.EntityType == "Statistics" ? c.Source.AfterJson : null);
        Field<StringGraphType>("tenantId").Description("The Entra tenant of the token that wrote.").Resolve(c => c.Source.TenantId);
        Field<NonNullGraphType<StringGraphType>>("actorId").Description("The Entra object id (`oid`) of the user, or of the app's service principal for an app-only token.").Resolve(c => c.Source.ActorId);
        Field<NonNullGraphType<BooleanGraphType>>("actorIsApp").Description("Whether an app (app-only token) wrote, not a user.").Resolve(c => c.Source.ActorIsApp);
        Field<NonNullGraphType<StringGraphType>>("requestId").Description("The trace id of the request that wrote, as the Hub's logs and errors quote it.").Resolve(c => c.Source.RequestId);
    }
}
