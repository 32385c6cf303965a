using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.CapacityBuilding;

internal sealed class TargetGroupGraphType() : DescribedEnumGraphType<TargetGroup>("TargetGroup", "Who a capacity-building activity is for.", new Dictionary<TargetGroup, string>
{
    [TargetGroup.BorderAndImmigration] = "Border and immigration officials.",
    [TargetGroup.Police] = "Police.",
    [TargetGroup.ProsecutorsAndJudges] = "Prosecutors and judges.",
    [TargetGroup.LabourInspectors] = "Labour inspectors.",
    [TargetGroup.SocialWorkers] = "Social workers.",
    [TargetGroup.NgoStaff] = "Staff of non-governmental organisations.",
    [TargetGroup.ConsularStaff] = "Consular staff.",
    [TargetGroup.HealthWorkers] = "Health workers.",
});
