using System.Globalization;
using System.Linq.Expressions;
using Hub.Api.Statistics;
using Hub.Data.Entities;
using D = Hub.Api.Projects.ProjectDimension;

namespace Hub.Api.Projects;

/// <summary>Every dimension of project metrics, declared once: the schema's enum and the grouping
/// in SQL come from here. A column reads the project and, for the country, one of its countries.</summary>
internal static class ProjectDimensions
{
    public static readonly IReadOnlyList<MetricsDimension<ProjectDimension>> All =
    [
        new() { Name = D.Country, Hashtag = "#country+code", Column = OfCountry(c => c!.CountryCode), Show = value => (string)value, CountsOncePerValue = true,
            Description = "A country the project runs in (ISO 3166-1 alpha-3). A project counts once in each of its countries." },
        new() { Name = D.Focus, Hashtag = "#sector+focus", Column = OfProject(p => p.Focus.ToString()), Show = Dimension.Named<ProjectFocusGraphType, ProjectFocus>(), Order = Dimension.Position<ProjectFocus>(),
            Description = "The pillar the project mainly serves, as the `ProjectFocus` enum names it." },
        new() { Name = D.Status, Hashtag = "#status+project", Column = OfProject(p => p.Status.ToString()), Show = Dimension.Named<ProjectStatusGraphType, ProjectStatus>(), Order = Dimension.Position<ProjectStatus>(),
            Description = "Where the project stands, as the `ProjectStatus` enum names it." },
        new() { Name = D.Donor, Hashtag = "#org+donor", Column = OfProject(p => p.Donor), Show = value => (string)value,
            Description = "The project's main donor." },
        new() { Name = D.StartYear, Hashtag = "#date+year+start", Column = OfProject(p => p.StartsOn.Year), Show = value => ((int)value).ToString(CultureInfo.InvariantCulture),
            Description = "The year the project starts." },
    ];

    public static readonly IReadOnlyDictionary<ProjectDimension, MetricsDimension<ProjectDimension>> ByName = All.ToDictionary(d => d.Name);

    private static Expression<Func<Project, ProjectCountry?, string?>> OfProject(Expression<Func<Project, string?>> column) =>
        Expression.Lambda<Func<Project, ProjectCountry?, string?>>(column.Body, column.Parameters[0], Expression.Parameter(typeof(ProjectCountry), "c"));

    private static Expression<Func<Project, ProjectCountry?, int>> OfProject(Expression<Func<Project, int>> column) =>
        Expression.Lambda<Func<Project, ProjectCountry?, int>>(column.Body, column.Parameters[0], Expression.Parameter(typeof(ProjectCountry), "c"));

    private static Expression<Func<Project, ProjectCountry?, string?>> OfCountry(Expression<Func<ProjectCountry?, string?>> column) =>
        Expression.Lambda<Func<Project, ProjectCountry?, string?>>(column.Body, Expression.Parameter(typeof(Project), "p"), column.Parameters[0]);
}
