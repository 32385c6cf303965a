namespace Hub.Api.GraphQL;

/// <summary>One error code the Hub returns: the HTTP status of a response refused with it, and
/// what it means. A field error (status 200) leaves the rest of the response standing.</summary>
internal sealed record ErrorCatalogueEntry(string Code, int Status, string Meaning);
