using System.Text.Json;
using Hub.Api.TrustedDocuments;
using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Commands;

/// <summary><c>documents register|manifest|revoke|list|only</c>: the operators' way to manage an agency's
/// trusted documents, e.g. from a dashboard's build pipeline.</summary>
internal static class TrustedDocumentCommands
{
    private const string Actor = "command";

    public static async Task<int> RunAsync(IServiceProvider services, HubCommandLine line, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<HubDbContext>();
        var code = line.Option("agency");
        var agency = code is null ? null : await db.Agencies.SingleOrDefaultAsync(a => a.Code == code, cancellationToken);
        if (agency is null)
        {
            return await FailAsync($"No agency with code '{code}'. Name one with --agency CODE.");
        }

        var registry = services.GetRequiredService<TrustedDocumentRegistry>();
        var requestId = "command-" + Guid.NewGuid().ToString("N");
        switch (line.CommandArgs[0])
        {
            case "register" when line.Option("file") is { } file:
                if (!File.Exists(file))
                {
                    return await FailAsync($"No file '{file}'.");
                }

                return Report(await registry.RegisterAsync(agency.Id, await File.ReadAllTextAsync(file, cancellationToken), line.Option("name"), null, Actor, requestId, cancellationToken));
            case "manifest" when line.Option("file") is { } manifest:
                return await RegisterManifestAsync(registry, agency.Id, manifest, requestId, cancellationToken);
            case "revoke" when line.Option("id") is { } id:
                return Report(await registry.RevokeAsync(agency.Id, id, Actor, requestId, cancellationToken));
            case "list":
                var documents = await db.TrustedDocuments.AsNoTracking().Where(d => d.AgencyId == agency.Id)
                    .OrderByDescending(d => d.RegisteredAt).ToListAsync(cancellationToken);
                Console.WriteLine($"{agency.Code}: {(agency.TrustedDocumentsOnly ? "only trusted documents run" : "any document runs")}");
                foreach (var d in documents)
                {
                    Console.WriteLine($"{d.DocumentId}  {d.RegisteredAt:yyyy-MM-dd HH:mm}  {(d.RevokedAt is null ? "active " : "revoked")}  {d.Name}");
                }

                return 0;
            case "only" when line.CommandArgs.Count > 1 && line.CommandArgs[^1] is "on" or "off":
                await registry.SetTrustedDocumentsOnlyAsync(agency, line.CommandArgs[^1] == "on", Actor, requestId, cancellationToken);
                Console.WriteLine($"{agency.Code}: {(agency.TrustedDocumentsOnly ? "only trusted documents run" : "any document runs")}");
                return 0;
            default:
                return await FailAsync(HubCommands.Usage);
        }
    }

    // A graphql-codegen persisted documents manifest: a JSON object from each document's SHA-256
    // (with or without "sha256:") to its text. All of it is registered, or none.
    private static async Task<int> RegisterManifestAsync(TrustedDocumentRegistry registry, Guid agencyId, string file, string requestId, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            return await FailAsync($"No file '{file}'.");
        }

        List<TrustedDocumentSubmission> submissions;
        try
        {
            var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(file, cancellationToken));
            submissions = [.. (manifest ?? []).Select(entry => new TrustedDocumentSubmission(entry.Value, null,
                entry.Key.StartsWith(DocumentIdentifier.Prefix, StringComparison.Ordinal) ? entry.Key : DocumentIdentifier.Prefix + entry.Key))];
        }
        catch (JsonException)
        {
            return await FailAsync($"'{file}' is not a persisted documents manifest: a JSON object from SHA-256 hashes to document texts.");
        }

        var result = await registry.RegisterAllAsync(agencyId, submissions, ["documents"], Actor, requestId, cancellationToken);
        foreach (var error in result.Errors)
        {
            // The path names the entry by its position; the key says which document that is.
            var index = int.Parse(error.Field[1], System.Globalization.CultureInfo.InvariantCulture);
            Console.Error.WriteLine($"{submissions[index].DocumentId}: {error.Code}: {error.Message}");
        }

        foreach (var document in result.Documents)
        {
            Console.WriteLine(document.DocumentId);
        }

        return result.Errors.Count == 0 ? 0 : 1;
    }

    private static int Report(TrustedDocumentResult result)
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

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 2;
    }
}
