using System.Net;
using Hub.Api.Tests.Identity;

namespace Hub.Api.Tests.Dashboard;

/// <summary>The dashboard signs in through the Development token issuer only, so a Production Hub
/// serves neither the page nor any of its files; the playground's files are still served.</summary>
public sealed class DashboardOutsideDevelopmentTests(ProductionIdentityTests.ProductionHub hub) : IClassFixture<ProductionIdentityTests.ProductionHub>
{
    private readonly HttpClient _client = hub.CreateClient();

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/index.html")]
    [InlineData("/dashboard/config.json")]
    [InlineData("/dashboard/dashboard.js")]
    [InlineData("/dashboard/charts.js")]
    [InlineData("/dashboard/dashboard.css")]
    [InlineData("/dashboard/vendor/chartist.umd.js")]
    [InlineData("/dashboard/vendor/chartist.css")]
    [InlineData("/DASHBOARD/dashboard.js")]
    public async Task InProduction_NothingOfTheDashboardIsServed(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task InProduction_ThePlaygroundsFilesAreStillServed()
    {
        var response = await _client.GetAsync("/playground/playground.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
