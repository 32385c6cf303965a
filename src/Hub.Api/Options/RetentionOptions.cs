namespace Hub.Api.Options;

/// <summary>The <c>Hub:Retention</c> section: how long the disclosure log and the audit rows are
/// kept, read by the <c>purge</c> command. The Hub itself deletes neither.</summary>
internal sealed class RetentionOptions
{
    public const string Section = "Hub:Retention";

    /// <summary>Days a disclosure row is kept; unset, <c>purge</c> keeps them all.</summary>
    public int? DisclosureDays { get; set; }

    /// <summary>Days an audit row is kept; unset, <c>purge</c> keeps them all.</summary>
    public int? AuditDays { get; set; }

    /// <summary>No purge reaches rows younger than this many days (365), however it is asked: a
    /// mistyped date or setting cannot empty the log.</summary>
    public int MinimumDays { get; set; } = 365;

    /// <summary>The most rows of each table one transaction deletes (4,000: below the 5,000 locks at
    /// which SQL Server takes a lock on the whole table).</summary>
    public int BatchSize { get; set; } = 4_000;
}
