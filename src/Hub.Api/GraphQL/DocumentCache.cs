using System.Collections.Concurrent;
using GraphQLParser.AST;
using Hub.Api.GraphQL.Http;
using Hub.Api.Options;
using Microsoft.Extensions.Options;

namespace Hub.Api.GraphQL;

/// <summary>Parsed documents by their exact text, so that the operations clients send again and
/// again skip the lexical checks and the parser. Only a document that passed every lexical limit is
/// kept. Two generations bound it: a hit in the older one moves the entry to the newer, and when
/// the newer is full it becomes the older and the oldest entries are dropped; so a flood of
/// one-off documents costs what it would without a cache and evicts only what it outlives.</summary>
internal sealed class DocumentCache(IOptions<LimitsOptions> limits)
{
    public const int EntriesPerGeneration = 500;
    public const int CharactersPerGeneration = 1_000_000;

    private readonly Lock _rotation = new();
    private Generation _current = new();
    private Generation _previous = new();

    public (GraphQLDocument? Document, Refusal? Error) Get(string text)
    {
        if (_current.Documents.TryGetValue(text, out var document))
        {
            return (document, null);
        }

        if (_previous.Documents.TryGetValue(text, out document))
        {
            Add(text, document);
            return (document, null);
        }

        var (parsed, error) = DocumentLimits.Check(text, limits.Value);
        if (parsed is not null)
        {
            Add(text, parsed);
        }

        return (parsed, error);
    }

    private void Add(string text, GraphQLDocument document)
    {
        var generation = _current;
        if (generation.Documents.TryAdd(text, document) &&
            (generation.Documents.Count > EntriesPerGeneration || Interlocked.Add(ref generation.Characters, text.Length) > CharactersPerGeneration))
        {
            lock (_rotation)
            {
                if (_current == generation)
                {
                    _previous = generation;
                    _current = new Generation();
                }
            }
        }
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<string, GraphQLDocument> Documents = new(StringComparer.Ordinal);
        public long Characters;
    }
}
