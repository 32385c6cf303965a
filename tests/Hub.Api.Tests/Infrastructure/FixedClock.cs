using System.Globalization;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>The Hub's clock in tests: "now" held at one instant, which the demo data is generated
/// as of and consents are judged at. Only the wall-clock time is fixed; timestamps and timers stay
/// real, so that timeouts and elapsed-time caches behave as in production.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>A fixed default rather than the real start time: a run is then the same on every day
    /// (the same demo data, so the same snapshots, and a failure seen once is seen again). Drift is
    /// covered on purpose instead: <see cref="HubTwoYearsAhead"/> runs the demo-data checks years
    /// later in every run, and <c>HUB_TEST_NOW</c> moves a whole run to any instant.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The instant this test run sets the Hub's clock to: <c>HUB_TEST_NOW</c> (ISO 8601,
    /// e.g. <c>2028-07-01T12:00:00Z</c>) when set, otherwise <see cref="DefaultNow"/>.</summary>
    public static DateTimeOffset RunNow { get; } = FromEnvironment(Environment.GetEnvironmentVariable("HUB_TEST_NOW"));

    public override DateTimeOffset GetUtcNow() => now;

    private static DateTimeOffset FromEnvironment(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DefaultNow
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            // Whole seconds, which every provider stores exactly.
            ? new DateTimeOffset(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero)
            : throw new InvalidOperationException($"HUB_TEST_NOW='{value}' is not an ISO 8601 instant, e.g. 2028-07-01T12:00:00Z.");
}
