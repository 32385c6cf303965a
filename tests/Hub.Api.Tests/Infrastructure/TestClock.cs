namespace Hub.Api.Tests.Infrastructure;

/// <summary>A clock that stands still until the test moves it, so that what depends on time
/// (rate-limit windows) is decided by the test and never by how fast the machine runs.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
