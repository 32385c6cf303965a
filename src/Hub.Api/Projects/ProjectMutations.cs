using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Writes;
using Hub.Data.Entities;

namespace Hub.Api.Projects;

internal sealed class ProjectMutations : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        mutation.Field<NonNullGraphType<ProjectPayloadGraphType>>("createProject")
            .Description("Creates a project led by your agency. Needs `Projects.Write`.")
            .Argument<NonNullGraphType<CreateProjectInputGraphType>>("input", "The project.")
            .RequireRole(HubRoles.ProjectsWrite)
            .ResolveAsync(async context => await context.WriteAsync(ProjectWriter.CreateAsync));

        mutation.Field<NonNullGraphType<ProjectPayloadGraphType>>("updateProject")
            .Description("Changes a project your agency leads: its title, donor, period, status, focus, countries, partners, targets, results, budget and donor contributions. Values sent as they are change nothing. Needs `Projects.Write`.")
            .Argument<NonNullGraphType<UpdateProjectInputGraphType>>("input", "The changes.")
            .RequireRole(HubRoles.ProjectsWrite)
            .ResolveAsync(async context => await context.WriteAsync(ProjectWriter.UpdateAsync));
    }
}
