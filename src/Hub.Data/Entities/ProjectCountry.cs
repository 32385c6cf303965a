namespace Hub.Data.Entities;

public sealed class ProjectCountry
{
    public Guid ProjectId { get; set; }
    public required string CountryCode { get; set; }
}
