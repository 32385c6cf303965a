namespace Hub.Data.Entities;

public sealed class ProjectPartner
{
    public Guid ProjectId { get; set; }
    public Guid AgencyId { get; set; }
}
