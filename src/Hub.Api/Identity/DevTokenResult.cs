namespace Hub.Api.Identity;

internal sealed record DevTokenResult(string? Token, string? TenantId, DateTime? ExpiresOn, string? Error)
{
    public static DevTokenResult Fail(string error) => new(null, null, null, error);
}
