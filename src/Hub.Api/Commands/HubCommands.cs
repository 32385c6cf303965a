using System.Globalization;
using Hub.Api.GraphQL;
using Hub.Api.Hosting;
using Hub.Api.Identity;
using Hub.Api.Options;
using Microsoft.Extensions.Options;

namespace Hub.Api.Commands;

/// <summary>The administrative commands of the Hub's executable.</summary>
internal static class HubCommands
{
    public const string Usage = """
        Usage: Hub.Api [command] [--Section:Key=value ...]
          (no command)                      run the server
          migrate                           apply the database migrations
          seed [--size CASES]               generate demo data into an empty database (default 15000 cases)
          dev-token --agency CODE [--roles R1,R2] [--app] [--tenant GUID]
                                            print a development token (Development only)
          schema export [--output PATH]     write the SDL (default: schema/hub.graphql in the repository)
          documents register --agency CODE --file PATH [--name NAME]
                                            register a trusted document for an agency; prints its documentId
          documents manifest --agency CODE --file persisted-documents.json
                                            register every document of a persisted documents manifest, or none
          documents revoke --agency CODE --id sha256:HEX
                                            stop a trusted document from running
          documents list --agency CODE      list an agency's trusted documents
          documents only --agency CODE on|off
                                            let the agency run only its trusted documents, or any document
        """;

    public static async Task<int> RunAsync(WebApplication app, HubCommandLine line)
    {
        var cancellationToken = app.Lifetime.ApplicationStopping;
        switch (line.Command)
        {
            case "migrate":
                await DatabasePreparation.MigrateAsync(app.Services, cancellationToken);
                return 0;
            case "seed":
                var cases = int.TryParse(line.Option("size"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? n
                    : app.Services.GetRequiredService<IOptions<HubOptions>>().Value.DemoCaseCount;
                await DatabasePreparation.MigrateAsync(app.Services, cancellationToken);
                await DatabasePreparation.SeedAsync(app.Services, cases, cancellationToken);
                return 0;
            case "dev-token":
                return await DevTokenAsync(app, line, cancellationToken);
            case "documents" when line.CommandArgs.Count > 0:
                await DatabasePreparation.MigrateAsync(app.Services, cancellationToken);
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    return await TrustedDocumentCommands.RunAsync(scope.ServiceProvider, line, cancellationToken);
                }

            case "schema" when line.CommandArgs.Count > 0 && line.CommandArgs[0] == "export":
                var path = line.Option("output") ?? DefaultSchemaPath();
                await File.WriteAllTextAsync(path, SchemaSdl.Print(app.Services.GetRequiredService<HubSchema>()), cancellationToken);
                Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
                return 0;
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> DevTokenAsync(WebApplication app, HubCommandLine line, CancellationToken cancellationToken)
    {
        if (!app.Environment.IsDevelopment())
        {
            await Console.Error.WriteLineAsync("dev-token exists only in the Development environment.");
            return 2;
        }

        await DatabasePreparation.MigrateAsync(app.Services, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var roles = line.Option("roles")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await scope.ServiceProvider.GetRequiredService<DevTokenIssuer>()
            .IssueAsync(new DevTokenRequest(line.Option("agency"), line.Option("tenant"), roles, line.Flag("app")), cancellationToken);
        if (result.Error is not null)
        {
            await Console.Error.WriteLineAsync(result.Error);
            return 2;
        }

        Console.WriteLine(result.Token);
        return 0;
    }

    private static string DefaultSchemaPath()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return Path.Combine(dir.FullName, "schema", "hub.graphql");
            }
        }

        return Path.Combine("schema", "hub.graphql");
    }
}
