using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Projects;

internal sealed class ProjectStatusGraphType() : DescribedEnumGraphType<ProjectStatus>("ProjectStatus", "Where a project stands.", new Dictionary<ProjectStatus, string>
{
    [ProjectStatus.Planned] = "Approved, not started.",
    [ProjectStatus.Ongoing] = "Running.",
    [ProjectStatus.Completed] = "Ended as planned.",
    [ProjectStatus.Cancelled] = "Stopped before its end.",
});
