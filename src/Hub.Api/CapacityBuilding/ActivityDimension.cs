namespace Hub.Api.CapacityBuilding;

/// <summary>What capacity-building metrics can group by.</summary>
internal enum ActivityDimension
{
    Country,
    Year,
    Kind,
    TargetGroup,
    ProjectFocus,
}
