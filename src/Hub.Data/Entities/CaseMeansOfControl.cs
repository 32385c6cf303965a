namespace Hub.Data.Entities;

public sealed class CaseMeansOfControl
{
    public Guid CaseId { get; set; }
    public MeansOfControl Means { get; set; }
}
