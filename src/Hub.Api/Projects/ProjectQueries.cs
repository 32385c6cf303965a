using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Projection;
using Hub.Data.Entities;
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
                return await OneAsync(context, p => p.Code == code);
            });
    }

    /// <summary>The project <paramref name="which"/> names, as the caller may read it: what
    /// <c>project(code)</c> answers and a write's payload reads back.</summary>
    public static Task<ProjectRow?> OneAsync(IResolveFieldContext context, Expression<Func<Project, bool>> which) =>
        context.Db().Projects.AsNoTracking().Where(which)
            .Select(ProjectCatalog.Rows.Build(SelectedFields.Of(context), context.Scope()))
            .SingleOrDefaultAsync(context.CancellationToken);
}
