namespace Hub.Api.Retention;

/// <summary>Rows a purge deletes, or would, from each table.</summary>
internal readonly record struct PurgeCounts(long Disclosures, long AuditEntries, long IdempotencyRecords)
{
    public long Total => Disclosures + AuditEntries + IdempotencyRecords;

    public static PurgeCounts operator +(PurgeCounts a, PurgeCounts b) =>
        new(a.Disclosures + b.Disclosures, a.AuditEntries + b.AuditEntries, a.IdempotencyRecords + b.IdempotencyRecords);
}
