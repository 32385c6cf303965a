namespace Hub.Api.GraphQL.Http;

/// <summary>Why a request is refused before it runs. The HTTP status is not carried here: it is
/// the code's, from <see cref="ErrorCatalogue"/>.</summary>
internal sealed record Refusal(string Code, string Message);
