using Hub.Api.GraphQL.Filtering;
using Hub.Data.Entities;

namespace Hub.Api.Projects;

internal sealed class ProjectFilterInputGraphType()
    : FilterInputGraphType<Project, ProjectFilterInputGraphType>("ProjectFilterInput", "Conditions on projects.", ProjectCatalog.Filters);
