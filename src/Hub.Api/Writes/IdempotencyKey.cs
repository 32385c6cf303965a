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

    // A number beyond a double's range arrives as infinity; it is part of the request like any
    // other value (and is refused by the field it is sent to, if any).
    private static readonly JsonSerializerOptions Fingerprinting = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

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
    }, Fingerprinting);

    /// <summary>Whether the request runs a mutation: the operation it names, or its only one.</summary>
    public static bool RunsMutation(GraphQLExchange exchange) => Operation(exchange)?.Operation == OperationType.Mutation;

    /// <summary>Whose key the request's is: the operator's tenant when its operation runs a field of
    /// the operator's (a registry write), otherwise the caller's active agency; none for a caller that
    /// may not write so.</summary>
    public static Guid? OwnerOf(GraphQLExchange exchange, Func<string, bool> isOperatorField)
    {
        var caller = exchange.Caller;
        var operation = Operation(exchange);
        if (operation is not null && RootFields(exchange.Document!, operation.SelectionSet).Any(isOperatorField))
        {
            return caller.IsOperator ? Guid.Parse(caller.TenantId!) : null;
        }

        return caller.IsActiveAgency ? caller.Agency!.Id : null;
    }

    private static GraphQLOperationDefinition? Operation(GraphQLExchange exchange)
    {
        var operations = exchange.Document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var name = exchange.Request.OperationName;
        return name is null ? (operations.Count == 1 ? operations[0] : null) : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }

    // The root fields a selection set names, through its fragments; a fragment spread twice, or
    // spreading itself, is followed once (validation refuses the latter later).
    private static IEnumerable<string> RootFields(GraphQLDocument document, GraphQLSelectionSet selections, HashSet<string>? followed = null)
    {
        followed ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var selection in selections.Selections)
        {
            var names = selection switch
            {
                GraphQLField field => [field.Name.StringValue],
                GraphQLInlineFragment inline => RootFields(document, inline.SelectionSet, followed),
                GraphQLFragmentSpread spread when followed.Add(spread.FragmentName.Name.StringValue) && document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.Value == spread.FragmentName.Name.Value) is { } fragment
                    => RootFields(document, fragment.SelectionSet, followed),
                _ => [],
            };
            foreach (var name in names)
            {
                yield return name;
            }
        }
    }
}
