using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Writes;
using Hub.Data.Entities;

namespace Hub.Api.CapacityBuilding;

internal sealed class ActivityMutations : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        mutation.Field<NonNullGraphType<ActivityPayloadGraphType>>("recordCapacityBuildingActivity")
            .Description("Records a capacity-building activity of a project your agency leads or partners in, in one of its countries and within its period. Needs `Projects.Write`.")
            .Argument<NonNullGraphType<RecordCapacityBuildingActivityInputGraphType>>("input", "The activity.")
            .RequireRole(HubRoles.ProjectsWrite)
            .ResolveAsync(async context => await context.WriteAsync(ActivityWriter.RecordAsync));

        mutation.Field<NonNullGraphType<ActivityPayloadGraphType>>("updateCapacityBuildingActivity")
            .Description("Changes an activity of a project your agency leads or partners in; values sent as they are change nothing. Needs `Projects.Write`.")
            .Argument<NonNullGraphType<UpdateCapacityBuildingActivityInputGraphType>>("input", "The changes.")
            .RequireRole(HubRoles.ProjectsWrite)
            .ResolveAsync(async context => await context.WriteAsync(ActivityWriter.UpdateAsync));
    }
}
