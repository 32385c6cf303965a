using System.Text;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.TrustedDocuments;

/// <summary>The trusted-document mutations as an agency's administrator sends them, and a document
/// run by its identifier as the agency's client runs it.</summary>
internal static class TrustedDocumentCalls
{
    public const string Register = "mutation R($input: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $input) { trustedDocument { documentId name registeredAt revokedAt } errors { code message } } }";

    public const string Revoke = "mutation V($id: String!) { revokeTrustedDocument(input: { documentId: $id }) { trustedDocument { documentId revokedAt } errors { code message } } }";

    /// <summary>Posts <c>documentId</c> and the variables, without the document's text.</summary>
    public static async Task<GraphQLResponse> RunDocumentAsync(this HttpClient client, string documentId, string? token, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { documentId, variables }), Encoding.UTF8, "application/json"),
        };
        return await client.SendAsync(request, token);
    }
}
