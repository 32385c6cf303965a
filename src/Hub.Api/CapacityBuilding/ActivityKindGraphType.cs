using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.CapacityBuilding;

internal sealed class ActivityKindGraphType() : DescribedEnumGraphType<ActivityKind>("ActivityKind", "What a capacity-building activity is.", new Dictionary<ActivityKind, string>
{
    [ActivityKind.Training] = "A training course.",
    [ActivityKind.Workshop] = "A workshop or round table.",
    [ActivityKind.SopDevelopment] = "Developing standard operating procedures with an institution.",
    [ActivityKind.TechnicalAssistance] = "Technical assistance to an institution.",
    [ActivityKind.StudyVisit] = "A study visit.",
    [ActivityKind.Equipment] = "Equipment handed over to an institution.",
});
