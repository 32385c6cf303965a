namespace Hub.Data.Entities;

/// <summary>One case disclosed in one response.</summary>
public sealed class Disclosure
{
    public Guid Id { get; set; }
    public required string RequestId { get; set; }
    public DateTime OccurredAt { get; set; }
    public Guid AgencyId { get; set; }

    /// <summary>Entra object id of the user, or the app's client id.</summary>
    public required string CallerId { get; set; }
    public bool CallerIsApp { get; set; }
    public Purpose Purpose { get; set; }
    /// <summary>The operation's name as the document gave it; the Hub refuses longer ones.</summary>
    public string? OperationName { get; set; }

    public const int MaxOperationNameLength = 200;
    public required string DocumentHash { get; set; }
    public Guid CaseId { get; set; }
    public DataCategory Categories { get; set; }
}
