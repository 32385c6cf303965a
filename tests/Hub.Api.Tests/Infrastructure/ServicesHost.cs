using Hub.Api.Commands;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Runs the executable's commands on a test host's services and database.</summary>
internal sealed class ServicesHost(IServiceProvider services) : ICommandHost
{
    public Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> command, CancellationToken cancellationToken) =>
        command(services, cancellationToken);

    public Task<int> ServeAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The test host serves already; the command line named no command.");
}
