using System.CommandLine;
using Hub.Api.Hosting;

namespace Hub.Api.Commands;

/// <summary><c>migrate</c>: outside Development the serving instances never migrate; this does.</summary>
internal sealed class MigrateCommand : Command
{
    public MigrateCommand(ICommandHost host)
        : base("migrate", "Apply the database migrations.")
    {
        SetAction((_, cancellationToken) => host.RunAsync(async (services, stopping) =>
        {
            await DatabasePreparation.MigrateAsync(services, stopping);
            return 0;
        }, cancellationToken));
    }
}
