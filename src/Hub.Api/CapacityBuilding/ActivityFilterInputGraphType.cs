using Hub.Api.GraphQL.Filtering;
using Hub.Data.Entities;

namespace Hub.Api.CapacityBuilding;

internal sealed class ActivityFilterInputGraphType()
    : FilterInputGraphType<CapacityBuildingActivity, ActivityFilterInputGraphType>("CapacityBuildingActivityFilterInput", "Conditions on capacity-building activities.", ActivityCatalog.Filters);
