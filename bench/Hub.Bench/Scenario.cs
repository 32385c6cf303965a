namespace Hub.Bench;

/// <summary>One kind of request an agency sends, measured on its own.</summary>
internal sealed record Scenario(string Name, string What, string Agency, string[] Roles, string Query, object? Variables = null, bool ByDocumentId = false, int ExpectedStatus = 200);
