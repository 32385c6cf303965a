namespace Hub.Api.Options;

/// <summary>The <c>Hub:Limits</c> section: what one request may ask, checked before it runs.</summary>
internal sealed class LimitsOptions
{
    public const string Section = "Hub:Limits";

    /// <summary>A POST body's size in bytes: room for the longest document, escaped, and its variables.</summary>
    public int MaxRequestBytes { get; set; } = 128 * 1024;

    public int MaxDocumentLength { get; set; } = 15_000;
    public int MaxTokens { get; set; } = 1_000;
    public int MaxAliases { get; set; } = 15;
    public int MaxDirectives { get; set; } = 50;

    /// <summary>Field selections with every fragment spread out: a few fragments that each spread
    /// the next twice would otherwise make the later checks do exponential work.</summary>
    public int MaxExpandedFields { get; set; } = 5_000;

    /// <summary>Nesting the parser accepts at all; far above any real query, it only keeps a
    /// hostile document from exhausting the stack.</summary>
    public int MaxParserDepth { get; set; } = 64;

    /// <summary>Selection depth; <c>edges { node { ... } }</c> counts. Introspection is exempt.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Cost budget: each field costs 1, and list fields multiply their children by <c>first</c>/<c>last</c>.</summary>
    public int MaxComplexity { get; set; } = 20_000;

    public bool IntrospectionEnabled { get; set; } = true;

    /// <summary>Every agency may run only documents it registered (each agency can also be set so
    /// on its own); the fields that manage the registered documents stay open.</summary>
    public bool TrustedDocumentsOnly { get; set; }

    public int ExecutionTimeoutSeconds { get; set; } = 30;

    /// <summary>Requests per minute per agency tenant: the ceiling all its users and apps share.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Requests per minute per caller (a user or app: tenant id and object id), and per
    /// client address without a token; unset, half the agency ceiling, so that one busy dashboard
    /// leaves the rest of its agency at least the other half.</summary>
    public int? RequestsPerMinutePerCaller { get; set; }

    /// <summary>Callers, agency tenants and client addresses counted at once in one instance; a new
    /// one beyond this is refused until idle ones are dropped (once a minute). A few hundred bytes each.</summary>
    public int MaxRateLimitPartitions { get; set; } = 100_000;

    /// <summary>Origins whose browser pages may call the Hub; none by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    public int CallerRequestsPerMinute() => RequestsPerMinutePerCaller ?? Math.Max(1, (RequestsPerMinute + 1) / 2);
}
