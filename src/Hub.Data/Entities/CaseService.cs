namespace Hub.Data.Entities;

/// <summary>A service a case needs; <see cref="Received"/> once it was delivered.</summary>
public sealed class CaseService
{
    public Guid CaseId { get; set; }
    public Service Service { get; set; }
    public bool Received { get; set; }
}
