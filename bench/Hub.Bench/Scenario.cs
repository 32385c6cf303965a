namespace Hub.Bench;

/// <summary>One kind of request an agency sends, measured on its own. A read sends the same body
/// each time; a write scenario's <see cref="Writes"/> makes each request a new write.</summary>
internal sealed record Scenario(string Name, string What, string Agency, string[] Roles, string Query, object? Variables = null, bool ByDocumentId = false, int ExpectedStatus = 200, Func<WriteWorkload>? Writes = null);
