using GraphQL.Types;
using Hub.Api.Agencies;

namespace Hub.Api.Registry;

internal sealed class RegisterAgencyInputGraphType : InputObjectGraphType
{
    public RegisterAgencyInputGraphType()
    {
        Name = "RegisterAgencyInput";
        Description = "A new member of the Hub: it is active from its first request.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The agency's full name (at most 200 characters).");
        Field<NonNullGraphType<StringGraphType>>("code").Description(RegistryDescriptions.AgencyCode);
        Field<NonNullGraphType<AgencyKindGraphType>>("kind").Description("What kind of body the agency is.");
        Field<NonNullGraphType<StringGraphType>>("country").Description("The country the agency works in (ISO 3166-1 alpha-3).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("tenantIds").Description("The Entra tenants (`tid`) its users and apps sign in from: at least one, none another agency's.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roleCeiling").Description(RegistryDescriptions.RoleCeiling);
    }
}

internal sealed class UpdateAgencyInputGraphType : InputObjectGraphType
{
    public UpdateAgencyInputGraphType()
    {
        Name = "UpdateAgencyInput";
        Description = "A change to an agency's registry entry: only the fields present change; none can be cleared.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The agency.");
        Field<NonNullGraphType<IntGraphType>>("version").Description(RegistryDescriptions.Version);
        Field<StringGraphType>("name").Description("The agency's full name (at most 200 characters).");
        Field<StringGraphType>("code").Description(RegistryDescriptions.AgencyCode);
        Field<AgencyKindGraphType>("kind").Description("What kind of body the agency is.");
        Field<StringGraphType>("country").Description("The country the agency works in (ISO 3166-1 alpha-3).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("roleCeiling").Description(RegistryDescriptions.RoleCeiling + " Replaces the ceiling as a whole.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("addTenantIds").Description("Entra tenants whose tokens act for the agency from now on; none may be another agency's.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("removeTenantIds").Description("Tenants of the agency whose tokens no longer act for it, from their next request; the agency keeps at least one.");
    }
}

/// <summary>A change of an agency's status: which agency, the version read, and why.</summary>
internal abstract class AgencyStatusChangeInputGraphType : InputObjectGraphType
{
    protected AgencyStatusChangeInputGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The agency.");
        Field<NonNullGraphType<IntGraphType>>("version").Description(RegistryDescriptions.Version);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why (at most 500 characters), kept as the entry's `statusReason`.");
    }
}

internal sealed class SuspendAgencyInputGraphType() : AgencyStatusChangeInputGraphType("SuspendAgencyInput", "An active agency whose access to the Hub stops.");

internal sealed class ReactivateAgencyInputGraphType() : AgencyStatusChangeInputGraphType("ReactivateAgencyInput", "A suspended agency whose access to the Hub resumes.");
