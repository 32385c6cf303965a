using GraphQL;

namespace Hub.Api.GraphQL.Http;

/// <summary>An answer that is a single error, serialized like every GraphQL answer so that it
/// carries <c>extensions.code</c> and the <c>traceId</c> the logs share.</summary>
internal static class ErrorResponse
{
    /// <summary>The headers of every answer of the GraphQL endpoint. Answers carry data about
    /// people: no cache, shared or private, may keep them, and no browser may read them as anything
    /// but what they say they are.</summary>
    public static void Protect(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
    }

    public static async Task WriteErrorAsync(this IGraphQLTextSerializer serializer, HttpContext http, string mediaType, int statusCode, string code, string message)
    {
        Protect(http.Response);
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult(new ExecutionError(message) { Code = code });
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
