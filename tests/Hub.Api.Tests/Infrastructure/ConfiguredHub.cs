using Microsoft.AspNetCore.Hosting;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>A Hub with some settings of its own.</summary>
public class ConfiguredHub(params (string Key, string Value)[] settings) : HubFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
