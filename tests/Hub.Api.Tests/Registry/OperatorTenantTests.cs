using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.IdentityModel.JsonWebTokens;
using static Hub.Api.Tests.Registry.Operator;

namespace Hub.Api.Tests.Registry;

/// <summary><c>Hub:OperatorTenantId</c>: a GUID, or empty for a Hub without an operator, where
/// nobody reaches the registry; anything else stops the Hub from starting. Whatever tenant is
/// configured is the operator's, and the development token issuer mints its tokens.</summary>
public sealed class OperatorTenantTests
{
    private const string RegistryQuery = "{ registry(first: 1) { nodes { version } } }";

    // Development's operator tenant (appsettings.Development.json), which the test hosts read too.
    private static readonly Guid DevelopmentOperator = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f");

    [Theory]
    [InlineData("the-operator")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task AnOperatorTenantThatNamesNoTenant_StopsTheHubFromStarting(string value)
    {
        // As in the rate limit tests: a round whose failing host races its disposal tells nothing.
        for (var round = 1; ; round++)
        {
            await using var hub = new ConfiguredHub(("Hub:PrepareDatabaseOnStart", "false"), ("Hub:OperatorTenantId", value));
            var failure = Record.Exception(() => hub.CreateClient());
            if (failure is ObjectDisposedException && round < 5)
            {
                continue;
            }

            var invalid = Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(failure);
            Assert.Contains("Hub:OperatorTenantId", invalid.Message, StringComparison.Ordinal);
            return;
        }
    }

    [Fact]
    public async Task WithoutAnOperatorTenant_NobodyReachesTheRegistry()
    {
        await using var hub = new ConfiguredHub(("Hub:DemoCaseCount", "0"), ("Hub:OperatorTenantId", ""));
        using var client = hub.CreateClient();
        var token = await TenantTokenAsync(client, DevelopmentOperator, [HubRoles.HubAdmin]);

        var registry = await client.PostAsync(RegistryQuery, token);
        var me = (await client.PostAsync(Me, token)).Data!["me"]!;

        Assert.Equal(HttpStatusCode.Forbidden, registry.Status);
        Assert.Equal(["OPERATOR_REQUIRED"], registry.ErrorCodes);
        Assert.Contains("no operator tenant", registry.Json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(me["isOperator"]!.GetValue<bool>());
        Assert.Equal("UNKNOWN_TENANT", me["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheTenantConfigured_IsTheOperators_AndNoOther()
    {
        var configured = Guid.NewGuid();
        await using var hub = new ConfiguredHub(("Hub:DemoCaseCount", "0"), ("Hub:OperatorTenantId", configured.ToString().ToUpperInvariant()));
        using var client = hub.CreateClient();

        var theOperator = await client.PostAsync(RegistryQuery, await TenantTokenAsync(client, configured, [HubRoles.HubAdmin]));
        var development = await client.PostAsync(RegistryQuery, await TenantTokenAsync(client, DevelopmentOperator, [HubRoles.HubAdmin]));

        Assert.True(theOperator.Status == HttpStatusCode.OK && theOperator.ErrorCodes.Count == 0, theOperator.Body);
        Assert.Equal(["OPERATOR_REQUIRED"], development.ErrorCodes);
    }

    [Fact]
    public async Task TheDevTokenCommand_MintsTheOperatorsToken()
    {
        string[] sandbox = ["--environment=Development", "--Hub:DataFolder={data}", "--Hub:DemoCaseCount=0"];

        var (exitCode, output, error, _) = await HubProcess.RunAsync(["dev-token", "--operator", "--roles", "Hub.Admin", .. sandbox]);
        var (otherExit, otherOutput, otherError, _) = await HubProcess.RunAsync(["dev-token", "--operator", "--roles", "Hub.Admin", "--Hub:OperatorTenantId=0c7d3b1a-2222-4333-8444-555566667777", .. sandbox]);

        Assert.True(exitCode == 0, error);
        // The token is the last line; the console log of the database's preparation comes before it.
        var token = new JsonWebToken(LastLine(output));
        Assert.Equal(DevelopmentOperator.ToString(), token.GetClaim("tid").Value);
        Assert.Equal(HubRoles.HubAdmin, token.GetClaim("roles").Value);
        Assert.True(otherExit == 0, otherError);
        Assert.Equal("0c7d3b1a-2222-4333-8444-555566667777", new JsonWebToken(LastLine(otherOutput)).GetClaim("tid").Value);
    }

    private static string LastLine(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
}
