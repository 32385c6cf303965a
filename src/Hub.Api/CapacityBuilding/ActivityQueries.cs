using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Paging;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.CapacityBuilding;

internal sealed class ActivityQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.ConnectionField<CapacityBuildingActivityGraphType, ActivityRow, ActivityFilterInputGraphType, ActivityOrderInputGraphType>("capacityBuildingActivities")
            .Description("Capacity-building activities of every project. Needs the role `Projects.Read`.")
            .ResolveAsync(async context => await ConnectionQuery.PageAsync(context, context.Db().CapacityBuildingActivities.AsNoTracking(),
                ActivityCatalog.Rows, ActivityCatalog.Filters, ActivityCatalog.Order, ActivityCatalog.DefaultOrder, ActivityCatalog.Unique, context.Scope()));
}
