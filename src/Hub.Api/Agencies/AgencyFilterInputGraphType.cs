using Hub.Api.GraphQL.Filtering;
using Hub.Data.Entities;

namespace Hub.Api.Agencies;

internal sealed class AgencyFilterInputGraphType()
    : FilterInputGraphType<Agency, AgencyFilterInputGraphType>("AgencyFilterInput", "Conditions on an agency, by its id or its code.", AgencyCatalog.Filters);
