using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Hub.Api.TrustedDocuments;

namespace Hub.Api.Commands.Documents;

/// <summary><c>documents manifest</c>: registers every document of a graphql-codegen persisted
/// documents manifest (a JSON object from each document's SHA-256, with or without
/// <c>sha256:</c>, to its text), or none of them.</summary>
internal sealed class DocumentsManifestCommand : AgencyDocumentsCommand
{
    private readonly Option<FileInfo> _file = new("--file") { Description = "The manifest, e.g. persisted-documents.json.", HelpName = "PATH", Required = true };

    public DocumentsManifestCommand(ICommandHost host)
        : base("manifest", "Register every document of a persisted documents manifest, or none; prints their documentIds.", host)
    {
        Options.Add(_file.AcceptExistingOnly());
    }

    protected override async Task<int> RunAsync(AgencyDocuments documents, ParseResult parse, CancellationToken cancellationToken)
    {
        var file = parse.GetRequiredValue(_file).FullName;
        List<TrustedDocumentSubmission> submissions;
        try
        {
            var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(file, cancellationToken));
            submissions = [.. (manifest ?? []).Select(entry => new TrustedDocumentSubmission(entry.Value, null,
                entry.Key.StartsWith(DocumentIdentifier.Prefix, StringComparison.Ordinal) ? entry.Key : DocumentIdentifier.Prefix + entry.Key))];
        }
        catch (JsonException)
        {
            await Console.Error.WriteLineAsync($"'{file}' is not a persisted documents manifest: a JSON object from SHA-256 hashes to document texts.");
            return 2;
        }

        var result = await documents.Registry.RegisterAllAsync(documents.Actor, submissions, ["documents"], cancellationToken);
        foreach (var error in result.Errors)
        {
            // The path names the entry by its position; the key says which document that is.
            var index = int.Parse(error.Field[1], CultureInfo.InvariantCulture);
            await Console.Error.WriteLineAsync($"{submissions[index].DocumentId}: {error.Code}: {error.Message}");
        }

        foreach (var document in result.Documents)
        {
            Console.WriteLine(document.DocumentId);
        }

        return result.Errors.Count == 0 ? 0 : 1;
    }
}
