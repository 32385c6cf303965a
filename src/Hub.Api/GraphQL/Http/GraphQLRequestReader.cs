using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Hub.Api.Options;
using Hub.Api.TrustedDocuments;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.GraphQL.Http;

/// <summary>Reads a GraphQL-over-HTTP request from a GET query string or a JSON POST body and
/// refuses anything malformed with a 4xx before the engine sees it. A request carries either the
/// document's text in <c>query</c> or a registered document's <c>documentId</c>; Apollo's
/// <c>extensions.persistedQuery</c> is another spelling of the latter, and with <c>query</c> beside
/// it names the document the text must hash to.</summary>
internal sealed partial class GraphQLRequestReader(IGraphQLSerializer serializer, IOptions<LimitsOptions> limits)
{
    public async Task<(GraphQLRequest? Request, bool ByPersistedQuery, Refusal? Refusal)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        try
        {
            var (request, refusal) = HttpMethods.IsGet(http.Method) ? (ReadQueryString(http), null) : await ReadBodyAsync(http, cancellationToken);
            if (request is not null && HoldsUnstorableText(request))
            {
                // No column of any provider can store them (PostgreSQL refuses both outright, SQLite
                // would keep a replacement character the client never sent), and no name, code or
                // text the Hub keeps needs them.
                throw new InvalidRequestException("The request holds the NUL character (U+0000) or half of a surrogate pair, which no text value may contain.");
            }

            return request is null ? (null, false, refusal) : WithPersistedQuery(request);
        }
        catch (InvalidRequestException e)
        {
            return (null, false, new Refusal(ErrorCodes.InvalidRequest, e.Message));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or DecoderFallbackException or JsonException)
        {
            // Text that is not Unicode (a lone surrogate, escaped or raw) cannot be a request.
            return (null, false, new Refusal(ErrorCodes.InvalidRequest, "The request holds text that is not valid Unicode."));
        }
    }

    private static bool HoldsUnstorableText(GraphQLRequest request) =>
        new[] { request.Query, request.OperationName, request.DocumentId }.Any(t => t is not null && (t.Contains('\0') || EscapesUnstorableText(t)))
        || HoldsNul(request.Variables) || HoldsNul(request.Extensions);

    // JSON decoding already refused lone surrogates in the body's own strings.
    private static bool HoldsNul(object? value) => value switch
    {
        string text => text.Contains('\0'),
        IEnumerable<KeyValuePair<string, object?>> map => map.Any(e => e.Key.Contains('\0') || HoldsNul(e.Value)),
        IEnumerable<object?> list => list.Any(HoldsNul),
        _ => false,
    };

    // The document's string literals decode their escapes only when parsed: \u0000 or \u{0}, and
    // a \uD800-\uDFFF escape that is not one half of a pair, are caught here from the text.
    private static bool EscapesUnstorableText(string document)
    {
        var escapes = UnicodeEscape().Matches(document);
        for (var i = 0; i < escapes.Count; i++)
        {
            var value = Convert.ToInt32(escapes[i].Groups[1].Success ? escapes[i].Groups[1].Value : escapes[i].Groups[2].Value, 16);
            var pairedLow = i + 1 < escapes.Count && escapes[i + 1].Index == escapes[i].Index + escapes[i].Length
                && Convert.ToInt32(escapes[i + 1].Groups[2].Success ? escapes[i + 1].Groups[2].Value : "0", 16) is >= 0xDC00 and <= 0xDFFF;
            if (value == 0 || value is >= 0xDC00 and <= 0xDFFF || (value is >= 0xD800 and <= 0xDBFF && !pairedLow))
            {
                return true;
            }

            if (value is >= 0xD800 and <= 0xDBFF)
            {
                i++;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\\u(?:\{([0-9a-fA-F]{1,8})\}|([0-9a-fA-F]{4}))")]
    private static partial System.Text.RegularExpressions.Regex UnicodeEscape();

    // Apollo Client's persisted query link: extensions.persistedQuery = { version: 1, sha256Hash }.
    private static (GraphQLRequest?, bool, Refusal?) WithPersistedQuery(GraphQLRequest request)
    {
        if (request.Extensions?.TryGetValue("persistedQuery", out var value) != true || value is null)
        {
            return (Validated(request), false, null);
        }

        if (value is not IReadOnlyDictionary<string, object?> persisted || !persisted.TryGetValue("version", out var version) || version is not (1 or 1L) ||
            !persisted.TryGetValue("sha256Hash", out var hash) || hash is not string hex || !DocumentIdentifier.IsWellFormed(DocumentIdentifier.Prefix + hex))
        {
            throw new InvalidRequestException("'extensions.persistedQuery' must be { \"version\": 1, \"sha256Hash\": 64 lower-case hex digits }.");
        }

        if (request.DocumentId is not null)
        {
            throw new InvalidRequestException("Send 'documentId' or 'extensions.persistedQuery', not both.");
        }

        request.DocumentId = DocumentIdentifier.Prefix + hex;
        if (request.Query is not null && DocumentIdentifier.Of(request.Query) != request.DocumentId)
        {
            return (null, true, new Refusal(ErrorCodes.PersistedQueryHashMismatch,
                $"'extensions.persistedQuery.sha256Hash' is not the SHA-256 of 'query' ({DocumentIdentifier.Of(request.Query)[DocumentIdentifier.Prefix.Length..]}): hash the exact UTF-8 text."));
        }

        return (request, true, null);
    }

    private GraphQLRequest ReadQueryString(HttpRequest http)
    {
        // Decoding puts U+FFFD silently in place of escapes that are not UTF-8; a body that is not
        // UTF-8 is refused, and so is such a query string.
        if (!EscapesAreUtf8(http.QueryString.Value))
        {
            throw new InvalidRequestException("The query string's percent-escapes are not UTF-8.");
        }

        var query = http.Query;
        string? Single(string key) => query.TryGetValue(key, out var values)
            ? values.Count == 1 ? values[0] : throw new InvalidRequestException($"The parameter '{key}' is given more than once.")
            : null;

        return new GraphQLRequest
        {
            Query = Single("query"),
            DocumentId = Single("documentId"),
            OperationName = NullIfEmpty(Single("operationName")),
            Variables = ParseMap(Single("variables"), "variables"),
            Extensions = ParseMap(Single("extensions"), "extensions"),
        };
    }

    private static bool EscapesAreUtf8(string? raw)
    {
        if (string.IsNullOrEmpty(raw) || !raw.Contains('%', StringComparison.Ordinal))
        {
            return true;
        }

        var bytes = new List<byte>(raw.Length);
        Span<byte> encoded = stackalloc byte[4];
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '%' && i + 2 < raw.Length && byte.TryParse(raw.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var escaped))
            {
                bytes.Add(escaped);
                i += 2;
            }
            else if (Rune.TryGetRuneAt(raw, i, out var rune))
            {
                bytes.AddRange(encoded[..rune.EncodeToUtf8(encoded)]);
                i += rune.Utf16SequenceLength - 1;
            }
        }

        return System.Text.Unicode.Utf8.IsValid(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes));
    }

    private async Task<(GraphQLRequest?, Refusal?)> ReadBodyAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType) ||
            !contentType.MediaType.Equals(ResponseMediaType.Json, StringComparison.OrdinalIgnoreCase) ||
            (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, new Refusal(ErrorCodes.UnsupportedMediaType,
                "Send the request body as application/json (UTF-8)."));
        }

        var bytes = await ReadBoundedAsync(http, limits.Value.MaxRequestBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, new Refusal(ErrorCodes.RequestTooLarge,
                $"The request body is larger than {limits.Value.MaxRequestBytes} bytes."));
        }

        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(bytes.Value);
        }
        catch (JsonException)
        {
            throw new InvalidRequestException("The request body is not valid JSON.");
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidRequestException(root.ValueKind == JsonValueKind.Array
                    ? "Batched requests are not supported: send one operation per request."
                    : "The request body must be a JSON object.");
            }

            return (new GraphQLRequest
            {
                Query = StringMember(root, "query"),
                DocumentId = StringMember(root, "documentId"),
                OperationName = NullIfEmpty(StringMember(root, "operationName")),
                Variables = MapMember(root, "variables"),
                Extensions = MapMember(root, "extensions"),
            }, null);
        }
    }

    // The body, or null when it is longer than the limit: nothing beyond the limit is read, however
    // the body is framed.
    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadBoundedAsync(HttpRequest http, int limit, CancellationToken cancellationToken)
    {
        if (http.ContentLength > limit)
        {
            return null;
        }

        var buffer = new byte[Math.Min(limit + 1, (int?)http.ContentLength + 1 ?? 16 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    return null;
                }

                Array.Resize(ref buffer, Math.Min(limit + 1, buffer.Length * 2));
            }

            var read = await http.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return buffer.AsMemory(0, length);
            }

            length += read;
        }
    }

    private static GraphQLRequest Validated(GraphQLRequest request) =>
        request.DocumentId is { } id
            ? request.Query is not null ? throw new InvalidRequestException("Send 'query' or 'documentId', not both.")
            : !DocumentIdentifier.IsWellFormed(id) ? throw new InvalidRequestException("'documentId' must be 'sha256:' and 64 lower-case hex digits.")
            : request
        : string.IsNullOrWhiteSpace(request.Query) ? throw new InvalidRequestException("The request has no 'query'.")
        : request;

    private static string? StringMember(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new InvalidRequestException($"'{name}' must be a string.");

    private Inputs? MapMember(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? serializer.ReadNode<Inputs>(value)
        : throw new InvalidRequestException($"'{name}' must be a JSON object.");

    private Inputs? ParseMap(string? json, string name)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? serializer.ReadNode<Inputs>(document.RootElement)
                : throw new InvalidRequestException($"'{name}' must be a JSON object.");
        }
        catch (JsonException)
        {
            throw new InvalidRequestException($"'{name}' is not valid JSON.");
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private sealed class InvalidRequestException(string message) : Exception(message);
}
