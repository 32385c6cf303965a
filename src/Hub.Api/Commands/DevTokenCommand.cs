using System.CommandLine;
using Hub.Api.Hosting;
using Hub.Api.Identity;

namespace Hub.Api.Commands;

/// <summary><c>dev-token</c>: a token for local calls, signed with the development key and
/// validated as production validates Entra's.</summary>
internal sealed class DevTokenCommand : Command
{
    private readonly Option<string> _agency = new("--agency") { Description = "The code of the agency the token is for.", HelpName = "CODE" };
    private readonly Option<string> _roles = new("--roles") { Description = "The app roles, separated by commas.", HelpName = "R1,R2" };
    private readonly Option<bool> _app = new("--app") { Description = "An app-only token, as a dashboard or integration uses." };
    private readonly Option<Guid?> _tenant = new("--tenant") { Description = "Instead of an agency: an Entra tenant, which the registry may not know.", HelpName = "GUID" };
    private readonly Option<bool> _operator = new("--operator") { Description = "Instead of an agency: the operator's tenant (Hub:OperatorTenantId); with --roles Hub.Admin, a token of the Hub's operator." };

    public DevTokenCommand(ICommandHost host)
        : base("dev-token", "Print a development token (Development environment only).")
    {
        Options.Add(_agency);
        Options.Add(_roles);
        Options.Add(_app);
        Options.Add(_tenant);
        Options.Add(_operator);
        Validators.Add(result =>
        {
            if (new[] { result.GetResult(_agency) is not null, result.GetResult(_tenant) is not null, result.GetResult(_operator) is not null }.Count(named => named) != 1)
            {
                result.AddError("Name an agency with --agency CODE, or else a tenant with --tenant GUID, or the operator's tenant with --operator.");
            }
        });
        SetAction((parse, cancellationToken) => host.RunAsync((services, stopping) => IssueAsync(services, parse, stopping), cancellationToken));
    }

    private async Task<int> IssueAsync(IServiceProvider services, ParseResult parse, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            await Console.Error.WriteLineAsync("dev-token exists only in the Development environment.");
            return HubCommandLine.UsageError;
        }

        await DatabasePreparation.MigrateAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var roles = parse.GetValue(_roles)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tenant = parse.GetValue(_tenant);
        if (parse.GetValue(_operator))
        {
            tenant = services.GetRequiredService<OperatorTenant>().Id;
            if (tenant is null)
            {
                await Console.Error.WriteLineAsync("This Hub has no operator tenant: set Hub:OperatorTenantId.");
                return HubCommandLine.UsageError;
            }
        }

        var request = new DevTokenRequest(parse.GetValue(_agency), tenant?.ToString(), roles, parse.GetValue(_app));
        var result = await scope.ServiceProvider.GetRequiredService<DevTokenIssuer>().IssueAsync(request, cancellationToken);
        if (result.Error is not null)
        {
            await Console.Error.WriteLineAsync(result.Error);
            return HubCommandLine.UsageError;
        }

        Console.WriteLine(result.Token);
        return 0;
    }
}
