using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Projects;

internal sealed class ProjectFocusGraphType() : DescribedEnumGraphType<ProjectFocus>("ProjectFocus", "The \"4P\" pillar a project mainly serves.", new Dictionary<ProjectFocus, string>
{
    [ProjectFocus.Prevention] = "Preventing trafficking: awareness, safe migration, labour-market measures.",
    [ProjectFocus.Protection] = "Identifying and assisting victims.",
    [ProjectFocus.Prosecution] = "Investigating and prosecuting traffickers.",
    [ProjectFocus.Partnership] = "Cooperation between governments, civil society and international partners.",
});
