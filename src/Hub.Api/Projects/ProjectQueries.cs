using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Projection;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Projects;

internal sealed class ProjectQueries : IQueryFields
{
    public void AddTo(QueryType query)
    {
        query.ConnectionField<ProjectGraphType, ProjectRow, ProjectFilterInputGraphType, ProjectOrderInputGraphType>("projects")
            .Description("Counter-trafficking projects. Needs the role `Projects.Read`.")
            .ResolveAsync(async context => await ConnectionQuery.PageAsync(context, context.Db().Projects.AsNoTracking(),
                ProjectCatalog.Rows, ProjectCatalog.Filters, ProjectCatalog.Order, ProjectCatalog.DefaultOrder, ProjectCatalog.Unique, context.Scope()));

        query.Field<ProjectGraphType>("project")
            .Description("One project by its code; null when there is none. Needs the role `Projects.Read`.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The project code, e.g. `CT-2023-0001`.")
            .ResolveAsync(async context =>
            {
                var code = context.GetArgument<string>("code");
                return await context.Db().Projects.AsNoTracking().Where(p => p.Code == code)
                    .Select(ProjectCatalog.Rows.Build(SelectedFields.Of(context), context.Scope()))
                    .SingleOrDefaultAsync(context.CancellationToken);
            });
    }
}
