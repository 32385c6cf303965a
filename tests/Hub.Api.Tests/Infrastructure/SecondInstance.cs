namespace Hub.Api.Tests.Infrastructure;

/// <summary>Another instance of the Hub on the database of <paramref name="first"/>, as instances
/// behind one load balancer are.</summary>
public sealed class SecondInstance(HubFactory first) : HubFactory(first);
