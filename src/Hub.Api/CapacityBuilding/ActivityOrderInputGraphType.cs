using Hub.Api.GraphQL.Ordering;
using Hub.Data.Entities;

namespace Hub.Api.CapacityBuilding;

internal sealed class ActivityOrderInputGraphType()
    : OrderInputGraphType<CapacityBuildingActivity>("CapacityBuildingActivityOrderInput", "An ordering key for activities (default: latest first).", ActivityCatalog.Order);
