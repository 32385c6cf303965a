using System.CommandLine;
using Hub.Api.Hosting;
using Hub.Api.TrustedDocuments;
using Hub.Api.Writes;
using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Commands.Documents;

/// <summary>A <c>documents</c> subcommand: it names an agency with <c>--agency CODE</c> and works on
/// that agency's trusted documents.</summary>
internal abstract class AgencyDocumentsCommand : Command
{
    private readonly Option<string> _agency = new("--agency") { Description = "The agency's code.", HelpName = "CODE", Required = true };

    protected AgencyDocumentsCommand(string name, string description, ICommandHost host)
        : base(name, description)
    {
        Options.Add(_agency);
        SetAction((parse, cancellationToken) => host.RunAsync((services, stopping) => RunAsync(services, parse, stopping), cancellationToken));
    }

    protected abstract Task<int> RunAsync(AgencyDocuments documents, ParseResult parse, CancellationToken cancellationToken);

    /// <summary>Prints a registry's answer; 1 when it refused.</summary>
    protected static int Report(TrustedDocumentResult result)
    {
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine($"{error.Code}: {error.Message}");
        }

        if (result.Document is { } document)
        {
            Console.WriteLine(document.DocumentId + (document.RevokedAt is null ? "" : " (revoked)"));
        }

        return result.Errors.Count == 0 ? 0 : 1;
    }

    private async Task<int> RunAsync(IServiceProvider services, ParseResult parse, CancellationToken cancellationToken)
    {
        await DatabasePreparation.MigrateAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var code = parse.GetRequiredValue(_agency);
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Code == code, cancellationToken);
        if (agency is null)
        {
            await Console.Error.WriteLineAsync($"No agency with code '{code}'.");
            return HubCommandLine.UsageError;
        }

        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return await RunAsync(new AgencyDocuments(agency, db, scope.ServiceProvider.GetRequiredService<TrustedDocumentRegistry>(), Actor.OfCommand(agency, now)), parse, cancellationToken);
    }
}
