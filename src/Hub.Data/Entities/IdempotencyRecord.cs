namespace Hub.Data.Entities;

/// <summary>A write request sent with an <c>Idempotency-Key</c>: claimed in the transaction of the
/// write itself (a unique index on the key's owner and the key decides a race), it holds what the first request
/// did, so that a retry gets the same outcome and writes nothing. Purged after it expires.</summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }
    /// <summary>Whose key it is: the writing agency, or the operator's tenant for registry writes.</summary>
    public Guid OwnerId { get; set; }
    public required string Key { get; set; }

    /// <summary>SHA-256 of the caller and the request (document, operation, variables): the same key
    /// with anything else is refused.</summary>
    public required string Fingerprint { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }

    /// <summary>What each mutation of the request did (the object it wrote, or its errors), as JSON;
    /// null while the first request is still running.</summary>
    public string? Outcomes { get; set; }
}
