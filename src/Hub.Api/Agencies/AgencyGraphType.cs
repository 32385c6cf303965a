using GraphQL.Types;
using Hub.Api.Countries;
using Hub.Data.Entities;

namespace Hub.Api.Agencies;

internal sealed class AgencyGraphType : ObjectGraphType<Agency>
{
    public AgencyGraphType()
    {
        Name = "Agency";
        Description = "A member of the Hub: a ministry, NGO, international organisation or migration agency mission.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable identifier.");
        Field(a => a.Code).Description("Short code, e.g. `NGA-MOL`.");
        Field(a => a.Name).Description("Full name.");
        Field(a => a.Kind, type: typeof(NonNullGraphType<AgencyKindGraphType>)).Description("What kind of body the agency is.");
        Field<NonNullGraphType<CountryGraphType>>("country").Description("The country the agency works in.")
            .Resolve(context => context.LoadCountry(context.Source.CountryCode));
        Field(a => a.Status, type: typeof(NonNullGraphType<AgencyStatusGraphType>)).Description("Whether the agency may use the Hub.");
    }
}
