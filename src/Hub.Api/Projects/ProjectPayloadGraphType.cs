using Hub.Api.Access;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Projection;
using Hub.Api.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Projects;

internal sealed class ProjectPayloadGraphType : WritePayloadGraphType
{
    public ProjectPayloadGraphType() : base("ProjectPayload", "The answer to `createProject` and `updateProject`.")
    {
        Field<ProjectGraphType>("project")
            .Description("The project as written, read back as `project(code)` reads it.")
            .ResolveAsync(async c => c.Source.Id is { } id
                ? await c.Db().Projects.AsNoTracking().Where(p => p.Id == id)
                    .Select(ProjectCatalog.Rows.Build(SelectedFields.Of(c), c.Scope())).SingleOrDefaultAsync(c.CancellationToken)
                : null);
    }
}
