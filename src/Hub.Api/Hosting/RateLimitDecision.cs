namespace Hub.Api.Hosting;

/// <summary>Whether a request may run, and where each of its quotas stands afterwards.</summary>
internal sealed record RateLimitDecision(bool Admitted, IReadOnlyList<QuotaState> Quotas)
{
    /// <summary>The quota closest to its limit: the fewest requests left, then the longest wait.
    /// When the request was refused this is an exhausted quota, and its reset is when a retry can
    /// pass every exhausted one.</summary>
    public QuotaState Closest => Quotas.OrderBy(q => q.Remaining).ThenByDescending(q => q.ResetSeconds).First();
}
