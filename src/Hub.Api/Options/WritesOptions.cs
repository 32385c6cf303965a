namespace Hub.Api.Options;

/// <summary>The <c>Hub:Writes</c> section.</summary>
internal sealed class WritesOptions
{
    public const string Section = "Hub:Writes";

    /// <summary>How far ahead a consent may expire, in days (two years).</summary>
    public int ConsentHorizonDays { get; set; } = 730;

    /// <summary>How long an <c>Idempotency-Key</c> is remembered, in hours (24); then it is purged.</summary>
    public int IdempotencyKeyHours { get; set; } = 24;

    /// <summary>The most rows one import file may hold (50,000).</summary>
    public int ImportMaxRows { get; set; } = 50_000;

    /// <summary>The largest import file accepted over HTTP, in bytes (32 MiB).</summary>
    public int ImportMaxBytes { get; set; } = 32 * 1024 * 1024;
}
