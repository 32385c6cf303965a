using Microsoft.Net.Http.Headers;

namespace Hub.Api.GraphQL.Http;

/// <summary>Chooses the response media type from the Accept header, per GraphQL over HTTP.</summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The chosen type, or null when the client accepts neither. A missing Accept header
    /// and wildcards mean <c>application/json</c>, which every client understands.</summary>
    public static string? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0 || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted) || accepted.Count == 0)
        {
            return acceptHeaders is null || acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace) ? Json : null;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var type in accepted)
        {
            var quality = type.Quality ?? 1;
            var candidate = type.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponse => GraphQLResponse,
                Json or "application/*" or "*/*" => Json,
                _ => null,
            };
            // On equal quality the GraphQL response type wins: it carries meaningful status codes.
            if (candidate is not null && quality > 0 && (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse)))
            {
                (best, bestQuality) = (candidate, quality);
            }
        }

        return best;
    }
}
