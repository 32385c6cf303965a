namespace Hub.Data.Entities;

/// <summary>A GraphQL document an agency has registered, to be run by its
/// <c>sha256:&lt;hex&gt;</c> identifier; agencies that accept only registered documents run nothing else.</summary>
public sealed class TrustedDocument
{
    public Guid AgencyId { get; set; }

    /// <summary><c>sha256:</c> and the lower-case hex SHA-256 of the UTF-8 text.</summary>
    public required string DocumentId { get; set; }

    public required string Body { get; set; }

    /// <summary>A label for people, such as the dashboard that sends it.</summary>
    public string? Name { get; set; }

    public DateTime RegisteredAt { get; set; }

    /// <summary>Who registered it: the user or app object id, or <c>command</c>.</summary>
    public required string RegisteredBy { get; set; }

    public DateTime? RevokedAt { get; set; }
}
