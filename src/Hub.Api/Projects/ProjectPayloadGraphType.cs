using Hub.Api.Writes;

namespace Hub.Api.Projects;

internal sealed class ProjectPayloadGraphType : WritePayloadGraphType
{
    public ProjectPayloadGraphType() : base("ProjectPayload", "The answer to `createProject` and `updateProject`.")
    {
        Field<ProjectGraphType>("project")
            .Description("The project as written, read back as `project(code)` reads it.")
            .ResolveAsync(async c => c.Source.Id is { } id ? await ProjectQueries.OneAsync(c, p => p.Id == id) : null);
    }
}
