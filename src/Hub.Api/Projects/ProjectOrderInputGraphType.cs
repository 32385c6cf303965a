using Hub.Api.GraphQL.Ordering;
using Hub.Data.Entities;

namespace Hub.Api.Projects;

internal sealed class ProjectOrderInputGraphType()
    : OrderInputGraphType<Project>("ProjectOrderInput", "An ordering key for projects (default: by code).", ProjectCatalog.Order);
