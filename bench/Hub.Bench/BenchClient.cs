using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>Sends a scenario's request the way an agency's integration would.</summary>
internal sealed class BenchClient(HttpClient http)
{
    public async Task<string> TokenAsync(string agency, string[] roles)
    {
        using var response = await http.PostAsJsonAsync(new Uri("/dev/token", UriKind.Relative), new { agency, roles, app = true });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    /// <summary>The body to send: the text, or the identifier of the text once registered.</summary>
    public async Task<string> BodyAsync(Scenario scenario)
    {
        if (!scenario.ByDocumentId)
        {
            return JsonSerializer.Serialize(new { query = scenario.Query, variables = scenario.Variables });
        }

        var admin = await TokenAsync(scenario.Agency, ["Hub.Admin"]);
        var registered = await SendAsync(admin, JsonSerializer.Serialize(new
        {
            query = "mutation($d: String!) { registerTrustedDocument(input: { document: $d, name: \"benchmark\" }) { trustedDocument { documentId } } }",
            variables = new { d = scenario.Query },
        }));
        var id = JsonNode.Parse(registered.Body)!["data"]!["registerTrustedDocument"]!["trustedDocument"]!["documentId"]!.GetValue<string>();
        return JsonSerializer.Serialize(new { documentId = id, variables = scenario.Variables });
    }

    public async Task<(int Status, string Body)> SendAsync(string token, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
