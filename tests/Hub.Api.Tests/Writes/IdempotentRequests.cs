using System.Text;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Writes;

/// <summary>Requests sent with an <c>Idempotency-Key</c>, and whether an answer replays an earlier one.</summary>
internal static class IdempotentRequests
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>Posts <paramref name="query"/> with <paramref name="keys"/> as the header's values,
    /// unchecked, so that a malformed key reaches the Hub as it is.</summary>
    public static async Task<GraphQLResponse> PostAsync(HttpClient client, string query, string token, object? variables, params string[] keys)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        Assert.True(request.Headers.TryAddWithoutValidation("Idempotency-Key", keys));
        return await HubClient.SendAsync(client, request, token);
    }

    public static bool IsReplay(GraphQLResponse response) =>
        response.Message.Headers.TryGetValues(ReplayedHeader, out var values) && values.Single() == "true";
}
