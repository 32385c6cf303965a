namespace Hub.Api.Projects;

internal sealed record ProjectFigures(int? PeopleAssisted, int? PeopleTrained, int? PeopleReached);
