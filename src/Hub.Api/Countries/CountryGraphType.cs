using GraphQL.Types;
using Hub.Data.Entities;

namespace Hub.Api.Countries;

internal sealed class CountryGraphType : ObjectGraphType<Country>
{
    public CountryGraphType()
    {
        Name = "Country";
        Description = "A country where counter-trafficking projects run.";
        Field(c => c.Code).Description("ISO 3166-1 alpha-3 code, e.g. `NGA`.");
        Field(c => c.Name).Description("English short name.");
        Field(c => c.Region).Description("UN geoscheme sub-region, e.g. `Western Africa`.");
    }
}
