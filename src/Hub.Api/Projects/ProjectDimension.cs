namespace Hub.Api.Projects;

/// <summary>What project metrics can group by.</summary>
internal enum ProjectDimension
{
    Country,
    Focus,
    Status,
    Donor,
    StartYear,
}
