using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Writes;

/// <summary>A Hub with the reference data and no demo cases, for tests that write their own: the
/// rate limits are lifted, since the clock stands still and a class sends hundreds of requests
/// within one "minute".</summary>
public class WriteHub() : ConfiguredHub(("Hub:DemoCaseCount", "0"), ("Hub:Limits:RequestsPerMinute", "1000000"));

/// <summary>A <see cref="WriteHub"/> on Kestrel at a free loopback port, so that requests cross a
/// real socket: headers arrive as a client sent them (the in-memory test server drops a header
/// whose value is empty), and racing requests are as concurrent as on a real server.</summary>
public sealed class ListeningWriteHub : WriteHub
{
    public ListeningWriteHub() => UseKestrel(0);

    /// <summary>Where the Hub listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }
}
