namespace Hub.Api.Tests.Infrastructure;

/// <summary>A Hub at <see cref="FixedClock.DefaultNow"/> whatever clock the run chose: for snapshots
/// of generated rows, whose dates, codes and filtered sets are those of the day they were generated
/// on. Checks that must hold on any day use <see cref="HubFactory"/> instead.</summary>
public sealed class HubOnDefaultDay : HubFactory
{
    protected override DateTimeOffset ClockNow => FixedClock.DefaultNow;
}
