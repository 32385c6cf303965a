using Hub.Api.Access;

namespace Hub.Api.Tests.Access;

/// <summary>The estimates behind the choice of how to find a page of consented cases: under load,
/// an estimate is counted by one request at a time, never by every request in flight.</summary>
public sealed class ConsentDensityTests
{
    [Fact]
    public async Task TheFirstCount_IsMadeOnce_AndAwaitedByTheRequestsThatCameMeanwhile()
    {
        using var estimate = new ConsentDensity.Estimate();
        var clock = new SteppedClock();
        var counting = new TaskCompletionSource<long>();
        var counts = 0;

        var waiting = Enumerable.Range(0, 8).Select(_ => estimate.CountAsync(clock, _ => { Interlocked.Increment(ref counts); return counting.Task; }, default)).ToList();
        counting.SetResult(42);

        Assert.All(await Task.WhenAll(waiting), count => Assert.Equal(42, count));
        Assert.Equal(1, counts);
    }

    [Fact]
    public async Task AnExpiredEstimate_IsCountedAgainByOneRequest_WhileTheOthersUseTheOldCount()
    {
        using var estimate = new ConsentDensity.Estimate();
        var clock = new SteppedClock();
        await estimate.CountAsync(clock, _ => Task.FromResult(10L), default);
        clock.Step(TimeSpan.FromMinutes(6));
        var recounting = new TaskCompletionSource<long>();
        var counts = 0;

        var first = estimate.CountAsync(clock, _ => { Interlocked.Increment(ref counts); return recounting.Task; }, default);
        var others = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => estimate.CountAsync(clock, _ => { Interlocked.Increment(ref counts); return Task.FromResult(99L); }, default)));
        recounting.SetResult(20);

        Assert.All(others, count => Assert.Equal(10, count));
        Assert.Equal(20, await first);
        Assert.Equal(20, await estimate.CountAsync(clock, _ => Task.FromResult(99L), default));
        Assert.Equal(1, counts);
    }

    // Elapsed time that moves only when the test moves it.
    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Step(TimeSpan by) => _ticks += by.Ticks;
    }
}
