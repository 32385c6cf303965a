using System.CommandLine;
using System.Globalization;
using Hub.Api.Hosting;
using Hub.Api.Options;
using Microsoft.Extensions.Options;

namespace Hub.Api.Commands;

/// <summary><c>seed [--size N]</c>: demo data for benchmarks and demonstrations.</summary>
internal sealed class SeedCommand : Command
{
    private readonly Option<int?> _size = new("--size")
    {
        Description = "The number of synthetic cases (default: the Hub:DemoCaseCount setting, 15000).",
        HelpName = "CASES",
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0)
            {
                return cases;
            }

            result.AddError($"--size takes a positive whole number of cases, not '{token}'.");
            return null;
        },
    };

    public SeedCommand(ICommandHost host)
        : base("seed", "Apply the migrations and generate demo data into an empty database.")
    {
        Options.Add(_size);
        SetAction((parse, cancellationToken) => host.RunAsync(async (services, stopping) =>
        {
            var cases = parse.GetValue(_size) ?? services.GetRequiredService<IOptions<HubOptions>>().Value.DemoCaseCount;
            await DatabasePreparation.MigrateAsync(services, stopping);
            await DatabasePreparation.SeedAsync(services, cases, stopping);
            return 0;
        }, cancellationToken));
    }
}
