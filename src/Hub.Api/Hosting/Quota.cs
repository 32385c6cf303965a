namespace Hub.Api.Hosting;

/// <summary>One limit a request counts against: its policy name in the headers, the partition it
/// counts in (a caller, an agency tenant, a client address) and its requests per window.</summary>
internal sealed record Quota(string Policy, string Partition, int Limit);

/// <summary>Where a quota stands after a request: what is left and in how many seconds the window renews.</summary>
internal sealed record QuotaState(string Policy, int Limit, int Remaining, int ResetSeconds);
