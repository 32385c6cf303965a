using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Execution;
using Hub.Api.GraphQL;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Held against every response a test receives through <see cref="HubClient"/>: each error
/// carries a trace id and a code that is either in the Hub's catalogue or one of GraphQL.NET's own
/// parse and validation codes, read from its assembly rather than listed here.</summary>
public static class ErrorCodeCheck
{
    // A validation error's code is its class's name without "Error" (FieldsOnCorrectTypeError is
    // FIELDS_ON_CORRECT_TYPE); other errors keep the whole name (SyntaxError is SYNTAX_ERROR).
    public static readonly IReadOnlySet<string> EngineCodes = typeof(ExecutionError).Assembly.GetTypes()
        .Where(t => typeof(ExecutionError).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(ErrorInfoProvider.GetErrorCode)
        .SelectMany(code => code.EndsWith("_ERROR", StringComparison.Ordinal) ? [code, code[..^"_ERROR".Length]] : new[] { code })
        .ToHashSet(StringComparer.Ordinal);

    public static void Verify(GraphQLResponse response)
    {
        if (response.ContentType is not ("application/json" or "application/graphql-response+json") || !response.Body.TrimStart().StartsWith('{'))
        {
            return;
        }

        if (JsonNode.Parse(response.Body)?["errors"] is not JsonArray errors)
        {
            return;
        }

        foreach (var error in errors)
        {
            var code = error?["extensions"]?["code"]?.GetValue<string>();
            if (code is null || (ErrorCatalogue.Find(code) is null && !EngineCodes.Contains(code)))
            {
                throw new InvalidOperationException($"The error code {code ?? "(none)"} is neither in the Hub's catalogue nor one of GraphQL.NET's: {response.Body}");
            }

            if (error?["extensions"]?["traceId"]?.GetValue<string>() is not { Length: > 0 })
            {
                throw new InvalidOperationException($"An error without extensions.traceId: {response.Body}");
            }
        }
    }
}
