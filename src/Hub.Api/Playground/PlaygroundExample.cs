namespace Hub.Api.Playground;

/// <summary>An operation the playground opens in a tab of its own.</summary>
internal sealed record PlaygroundExample(string Title, string Query, string? Variables = null);
