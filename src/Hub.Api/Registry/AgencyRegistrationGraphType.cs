using GraphQL.Types;
using Hub.Api.Agencies;
using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Registry;

/// <summary>An agency's entry in the registry as the operator keeps it: what tokens it answers and
/// which roles they may exercise. The operator's alone, wherever it is returned.</summary>
internal sealed class AgencyRegistrationGraphType : ObjectGraphType<Agency>
{
    public AgencyRegistrationGraphType()
    {
        Name = "AgencyRegistration";
        Description = "An agency's entry in the registry, the root of trust: the tenants its users and apps sign in from, the roles they may exercise, and whether it may use the Hub. The Hub operator's only (`Hub.Admin` in the operator's tenant).";
        this.OperatorOnly();
        Field<NonNullGraphType<AgencyGraphType>>("agency").Description("The agency as members see it.")
            .Resolve(context => context.LoadAgency(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("tenantIds")
            .Description("The Entra tenants (`tid`) whose tokens act for the agency, in order. A tenant belongs to one agency at most.")
            .Resolve(context => context.LoadTenantIds(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roleCeiling")
            .Description("The app roles the agency's tokens may exercise, in the order of the Hub's roles; a role a token carries beyond them is ignored (`me { ignoredRoles }` says so), from the request after a change.")
            .Resolve(context => HubRoles.All.Where(HubRoles.OfCeiling(context.Source.RoleCeiling).Contains).ToList());
        Field<NonNullGraphType<AgencyStatusGraphType>>("status").Description("Whether the agency may use the Hub; a change holds from the agency's next request.")
            .Resolve(context => context.Source.Status);
        Field<StringGraphType>("statusReason").Description("Why the operator last suspended or reactivated the agency; null if it never did.")
            .Resolve(context => context.Source.StatusReason);
        Field<NonNullGraphType<BooleanGraphType>>("trustedDocumentsOnly").Description("Whether the agency's callers may run only the documents it registered (the agency's own setting).")
            .Resolve(context => context.Source.TrustedDocumentsOnly);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The entry's version, raised by one with each change: send it with `updateAgency`, `suspendAgency` and `reactivateAgency`.")
            .Resolve(context => context.Source.Version);
        Field<NonNullGraphType<DateTimeGraphType>>("changedOn").Description("When the entry last changed (UTC).")
            .Resolve(context => context.Source.ChangedOn);
    }
}
