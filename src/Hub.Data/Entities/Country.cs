namespace Hub.Data.Entities;

public sealed class Country
{
    /// <summary>ISO 3166-1 alpha-3.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Region { get; set; }
}
