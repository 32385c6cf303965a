using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Hosting;

/// <summary>A Hub with its own settings, a clock the test moves and client addresses the test
/// names, so that rate-limit windows are counted, never timed.</summary>
public sealed class TrafficHub(params (string Key, string Value)[] settings) : ConfiguredHub(settings)
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<IStartupFilter, ClientAddressHeader>();
        });
    }
}
