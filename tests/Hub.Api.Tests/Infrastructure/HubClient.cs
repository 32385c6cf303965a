using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Sends GraphQL over HTTP the way an agency's client would.</summary>
public static class HubClient
{
    public static async Task<GraphQLResponse> PostAsync(this HttpClient client, string query, string? token = null, object? variables = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        return await client.SendAsync(request, token, accept);
    }

    public static async Task<GraphQLResponse> SendAsync(this HttpClient client, HttpRequestMessage request, string? token, string? accept = "application/graphql-response+json")
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var answer = new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
        ErrorCodeCheck.Verify(answer);
        return answer;
    }

    public static async Task<string> DevTokenAsync(this HttpClient client, string agency, string[] roles, bool app = false)
    {
        var response = await client.PostAsync("/dev/token", new StringContent(JsonSerializer.Serialize(new { agency, roles, app }), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("token").GetString()!;
    }
}
