using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;

namespace Hub.Api.Tests.Identity;

/// <summary>The app registration in infra/entra and the code agree on roles and scope.</summary>
public sealed class EntraManifestTests
{
    private static readonly JsonElement Manifest =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "entra", "hub-app-registration.json"))).RootElement;

    [Fact]
    public void ManifestRoles_AreExactlyTheRolesTheCodeKnows()
    {
        var roles = Manifest.GetProperty("appRoles").EnumerateArray().Select(r => r.GetProperty("value").GetString()).Order(StringComparer.Ordinal);

        Assert.Equal(HubRoles.All.Order(StringComparer.Ordinal), roles);
    }

    [Fact]
    public void ManifestRoles_AreDescribedAndGrantableToUsersAndApps()
    {
        foreach (var role in Manifest.GetProperty("appRoles").EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(role.GetProperty("description").GetString()));
            Assert.Equal(["User", "Application"], role.GetProperty("allowedMemberTypes").EnumerateArray().Select(t => t.GetString()));
            Assert.True(Guid.TryParse(role.GetProperty("id").GetString(), out _));
        }
    }

    [Fact]
    public void Manifest_IsMultiTenant_WithTheHubScope_AndV2Tokens()
    {
        Assert.Equal("AzureADMultipleOrgs", Manifest.GetProperty("signInAudience").GetString());
        Assert.Equal(2, Manifest.GetProperty("api").GetProperty("requestedAccessTokenVersion").GetInt32());
        Assert.Equal([HubRoles.Scope], Manifest.GetProperty("api").GetProperty("oauth2PermissionScopes").EnumerateArray().Select(s => s.GetProperty("value").GetString()));
    }
}
