using System.Net;
using System.Text.Json.Nodes;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>An HTTP answer from <c>/graphql</c>, its body parsed.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, string Body, HttpResponseMessage Message)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("Empty body.");

    public JsonNode? Data => Json["data"];

    public IReadOnlyList<string?> ErrorCodes =>
        Json["errors"]?.AsArray().Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList() ?? [];

    /// <summary>The body as Snapshooter wants it.</summary>
    public Newtonsoft.Json.Linq.JToken Snapshot => Newtonsoft.Json.Linq.JToken.Parse(Body);
}
