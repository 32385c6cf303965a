using GraphQL.Types;

namespace Hub.Api.Projects;

internal sealed class ProjectFiguresGraphType : ObjectGraphType<ProjectFigures>
{
    public ProjectFiguresGraphType()
    {
        Name = "ProjectFigures";
        Description = "People a project assists, trains and reaches with awareness work: its targets, or its results so far.";
        Field(f => f.PeopleAssisted, nullable: true).Description("Victims and people at risk given direct assistance.");
        Field(f => f.PeopleTrained, nullable: true).Description("Officials and practitioners trained.");
        Field(f => f.PeopleReached, nullable: true).Description("People reached by awareness work.");
    }
}
