using System.Text.Json;
using GraphQLParser.AST;
using Hub.Api.GraphQL.Http;

namespace Hub.Api.Writes;

/// <summary>The <c>Idempotency-Key</c> request header (IETF httpapi draft): an opaque string the
/// client makes up per write, sent again with each retry of it.</summary>
internal static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxLength = 255;

    /// <summary>The key, null when none was sent; <c>Valid</c> is false for a malformed one.</summary>
    public static (bool Valid, string? Key) Read(HttpRequest request)
    {
        var values = request.Headers[Header];
        if (values.Count == 0)
        {
            return (true, null);
        }

        // The draft's value is a structured-field string: a quoted one is unquoted.
        var key = values.Count == 1 ? values[0]!.Trim() : null;
        if (key is { Length: >= 2 } && key[0] == '"' && key[^1] == '"')
        {
            key = key[1..^1];
        }

        // A comma is how a proxy joins two header lines into one: such a key is two keys.
        return key is { Length: > 0 and <= MaxLength } && key.All(c => c is >= ' ' and <= '~' and not ',') ? (true, key) : (false, null);
    }

    /// <summary>What a retry must repeat exactly: the caller (a retry by another user or with a
    /// token of other roles is another request; a change of the agency's role ceiling in between is
    /// not), the document, the operation and the variables.</summary>
    public static string FingerprintOf(GraphQLExchange exchange) => JsonSerializer.Serialize(new object?[]
    {
        exchange.Caller.TenantId, exchange.Caller.ObjectId, exchange.Caller.IsApp, exchange.Caller.TokenRoles.Order(StringComparer.Ordinal).ToArray(),
        exchange.Query, exchange.Request.OperationName, exchange.Request.Variables,
    });

    /// <summary>Whether the request runs a mutation: the operation it names, or its only one.</summary>
    public static bool RunsMutation(GraphQLExchange exchange)
    {
        var operations = exchange.Document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var name = exchange.Request.OperationName;
        var operation = name is null ? (operations.Count == 1 ? operations[0] : null) : operations.FirstOrDefault(o => o.Name?.StringValue == name);
        return operation?.Operation == OperationType.Mutation;
    }
}
