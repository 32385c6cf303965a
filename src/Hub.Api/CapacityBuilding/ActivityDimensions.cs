using System.Globalization;
using System.Linq.Expressions;
using Hub.Api.Projects;
using Hub.Api.Statistics;
using Hub.Data.Entities;
using D = Hub.Api.CapacityBuilding.ActivityDimension;

namespace Hub.Api.CapacityBuilding;

/// <summary>Every dimension of capacity-building metrics, declared once: the schema's enum and the
/// grouping in SQL come from here.</summary>
internal static class ActivityDimensions
{
    public static readonly IReadOnlyList<MetricsDimension<ActivityDimension>> All =
    [
        new() { Name = D.Country, Hashtag = "#country+code", Column = Text(a => a.CountryCode), Show = value => (string)value,
            Description = "The country the activity took place in (ISO 3166-1 alpha-3)." },
        new() { Name = D.Year, Hashtag = "#date+year", Column = Number(a => a.StartsOn.Year), Show = value => ((int)value).ToString(CultureInfo.InvariantCulture),
            Description = "The year the activity started." },
        new() { Name = D.Kind, Hashtag = "#activity+type", Column = Text(a => a.Kind.ToString()), Show = Dimension.Named<ActivityKindGraphType, ActivityKind>(), Order = Dimension.Position<ActivityKind>(),
            Description = "What the activity was, as the `ActivityKind` enum names it." },
        new() { Name = D.TargetGroup, Hashtag = "#group+targeted", Column = Text(a => a.TargetGroup.ToString()), Show = Dimension.Named<TargetGroupGraphType, TargetGroup>(), Order = Dimension.Position<TargetGroup>(),
            Description = "Who the activity was for, as the `TargetGroup` enum names it." },
        new() { Name = D.ProjectFocus, Hashtag = "#sector+focus", Column = Text(a => a.Project!.Focus.ToString()), Show = Dimension.Named<ProjectFocusGraphType, ProjectFocus>(), Order = Dimension.Position<ProjectFocus>(),
            Description = "The pillar the activity's project mainly serves, as the `ProjectFocus` enum names it." },
    ];

    public static readonly IReadOnlyDictionary<ActivityDimension, MetricsDimension<ActivityDimension>> ByName = All.ToDictionary(d => d.Name);

    private static Expression<Func<CapacityBuildingActivity, string?>> Text(Expression<Func<CapacityBuildingActivity, string?>> column) => column;

    private static Expression<Func<CapacityBuildingActivity, int>> Number(Expression<Func<CapacityBuildingActivity, int>> column) => column;
}
