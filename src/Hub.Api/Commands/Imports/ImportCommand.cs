using System.CommandLine;
using System.Diagnostics;
using Hub.Api.Hosting;
using Hub.Api.Imports;
using Hub.Api.Writes;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Commands.Imports;

/// <summary><c>import projects FILE</c> and <c>import activities FILE</c>: an agency's file, written
/// as <c>POST /import/{kind}</c> writes it, by the operator of the machine for the agency named.</summary>
internal sealed class ImportCommand : Command
{
    public ImportCommand(ICommandHost host)
        : base("import", "Import an agency's projects or capacity-building activities from a CSV file (with or without an HXL hashtag row).")
    {
        foreach (var kind in Importer.Kinds)
        {
            Subcommands.Add(new KindCommand(kind, host));
        }
    }

    private sealed class KindCommand : Command
    {
        private readonly Argument<FileInfo> _file = new("FILE") { Description = "The CSV file (UTF-8)." };
        private readonly Option<string> _agency = new("--agency") { Description = "The code of the agency whose data the file holds.", HelpName = "CODE", Required = true };
        private readonly ImportKind _kind;

        public KindCommand(ImportKind kind, ICommandHost host)
            : base(kind.Name, kind.Description)
        {
            _kind = kind;
            Arguments.Add(_file);
            Options.Add(_agency);
            SetAction((parse, cancellationToken) => host.RunAsync((services, stopping) => RunAsync(services, parse, stopping), cancellationToken));
        }

        private async Task<int> RunAsync(IServiceProvider services, ParseResult parse, CancellationToken cancellationToken)
        {
            var file = parse.GetRequiredValue(_file);
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"No file {file.FullName}.");
                return HubCommandLine.UsageError;
            }

            await DatabasePreparation.MigrateAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var code = parse.GetRequiredValue(_agency);
            var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code, cancellationToken);
            if (agency is not { Status: AgencyStatus.Active })
            {
                await Console.Error.WriteLineAsync(agency is null ? $"No agency with code '{code}'." : $"{code}'s access to the Hub is suspended.");
                return HubCommandLine.UsageError;
            }

            var timer = Stopwatch.StartNew();
            var report = await scope.ServiceProvider.GetRequiredService<Importer>().RunAsync(_kind, await File.ReadAllBytesAsync(file.FullName, cancellationToken),
                Actor.OfCommand(agency, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime), cancellationToken);
            if (!report.Written)
            {
                await Console.Error.WriteAsync(report.ErrorsAsCsv());
                await Console.Error.WriteLineAsync($"Nothing was written: {report.Errors.Count} fault(s) in {report.Rows} row(s).");
                return 1;
            }

            Console.WriteLine($"{report.Rows} row(s): {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged, in {timer.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        }
    }
}
