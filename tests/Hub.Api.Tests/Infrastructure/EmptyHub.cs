using Microsoft.AspNetCore.Hosting;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>A Hub whose database has the reference data (countries, the agency registry, projects)
/// and no cases: tests write the cases and consents they reason about.</summary>
public sealed class EmptyHub : HubFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:DemoCaseCount", "0");
    }
}
