namespace Hub.Api.Options;

/// <summary>The parts of the <c>AzureAd</c> section the Hub reads itself; Microsoft.Identity.Web
/// reads the whole section. <c>ClientId</c> is the Hub's application (client) id, the audience of
/// its access tokens. All three are checked at start: Microsoft.Identity.Web would otherwise fail
/// on every request, the health check's included.</summary>
internal sealed class EntraOptions
{
    public const string Section = "AzureAd";

    public string Instance { get; set; } = "";
    public string TenantId { get; set; } = "";
    public string ClientId { get; set; } = "";
}
