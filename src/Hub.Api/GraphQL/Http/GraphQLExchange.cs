using System.Security.Claims;
using GraphQL.Transport;
using GraphQLParser.AST;
using Hub.Api.Identity;

namespace Hub.Api.GraphQL.Http;

/// <summary>What the refusal steps have learnt about one request so far; each step reads what the
/// earlier ones set.</summary>
internal sealed class GraphQLExchange(HttpContext http)
{
    public HttpContext Http => http;

    public string MediaType { get; set; } = ResponseMediaType.Json;

    public ClaimsPrincipal User { get; set; } = new();

    public GraphQLRequest Request { get; set; } = new();

    /// <summary>The document was named by Apollo's <c>extensions.persistedQuery</c>, not by
    /// <c>documentId</c>; an unknown one is answered the way those clients expect.</summary>
    public bool ByPersistedQuery { get; set; }

    public Caller Caller { get; set; } = Caller.Anonymous;

    /// <summary>The text to run: the request's own, or the registered document it names.</summary>
    public string? Query { get; set; }

    public GraphQLDocument? Document { get; set; }

    /// <summary>The text is a document the caller's agency registered.</summary>
    public bool IsTrustedDocument { get; set; }
}
