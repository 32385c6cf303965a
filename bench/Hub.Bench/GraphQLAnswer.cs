using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>Checks an answer before anything is timed: data, no errors, and a non-empty list.</summary>
internal static class GraphQLAnswer
{
    /// <summary>How many nodes the answer's one root field holds; throws when the answer has
    /// errors or no data.</summary>
    public static int Nodes(string side, int status, string body)
    {
        var answer = status == 200 ? JsonNode.Parse(body) as JsonObject : null;
        if (answer is null || answer.ContainsKey("errors") || answer["data"] is not JsonObject data
            || data.FirstOrDefault().Value?["nodes"] is not JsonArray { Count: > 0 } nodes)
        {
            throw new InvalidOperationException($"{side} did not answer with data ({status}): {body[..Math.Min(500, body.Length)]}");
        }

        return nodes.Count;
    }
}
