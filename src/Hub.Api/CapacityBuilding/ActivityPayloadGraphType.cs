using Hub.Api.Access;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Projection;
using Hub.Api.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.CapacityBuilding;

internal sealed class ActivityPayloadGraphType : WritePayloadGraphType
{
    public ActivityPayloadGraphType() : base("CapacityBuildingActivityPayload", "The answer to `recordCapacityBuildingActivity` and `updateCapacityBuildingActivity`.")
    {
        Field<CapacityBuildingActivityGraphType>("activity")
            .Description("The activity as written, read back as `capacityBuildingActivities` reads it.")
            .ResolveAsync(async c => c.Source.Id is { } id
                ? await c.Db().CapacityBuildingActivities.AsNoTracking().Where(a => a.Id == id)
                    .Select(ActivityCatalog.Rows.Build(SelectedFields.Of(c), c.Scope())).SingleOrDefaultAsync(c.CancellationToken)
                : null);
    }
}
