namespace Hub.Api.Tests.Infrastructure;

/// <summary>A Hub whose clock is two years past the run's: its demo data is generated and judged
/// then, so a check that holds on both does not erode as time passes.</summary>
public sealed class HubTwoYearsAhead : HubFactory
{
    protected override DateTimeOffset ClockNow => FixedClock.RunNow.AddYears(2);
}
