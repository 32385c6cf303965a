namespace Hub.Api.GraphQL;

internal sealed record RequestReadError(int StatusCode, string Code, string Message);
