using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using static Hub.Api.Tests.Registry.Operator;

namespace Hub.Api.Tests.Registry;

/// <summary>DESIGN §3: a suspended agency gets nothing but <c>me</c>, and nothing is referred to it.
/// The registry is read once per request, so a suspension, and a reactivation, hold from the
/// agency's very next request, for tokens issued before it too.</summary>
public sealed class SuspensionTests(WriteHub hub) : IClassFixture<WriteHub>
{
    private const string Projects = "{ projects(first: 1) { nodes { code } } }";

    private readonly Operator _operator = new(hub, hub.CreateClient());
    private readonly Writer _writer = new(hub, hub.CreateClient());

    private HttpClient Client => _operator.Client;

    private static string NewCode() => "S-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    [Fact]
    public async Task ASuspension_HoldsFromTheAgencysNextRequest_AndAReactivationToo()
    {
        var code = NewCode();
        var tenant = Guid.NewGuid();
        await _operator.RegisterAsync(code, tenant);
        var token = await TenantTokenAsync(Client, tenant, [HubRoles.ProjectsRead, HubRoles.CasesRead, HubRoles.CasesWrite]);
        var before = await Client.PostAsync(Projects, token);

        await _operator.SuspendAsync(code, "Data sharing agreement expired");
        var suspended = await Client.PostAsync(Projects, token);
        var write = await Client.PostAsync(Writer.RegisterCase, token, new { input = new { givenName = "Amina" } });
        var me = (await Client.PostAsync(Me, token)).Data!["me"]!;
        await _operator.ReactivateAsync(code);
        var after = await Client.PostAsync(Projects, token);

        Assert.True(before.Status == HttpStatusCode.OK && before.ErrorCodes.Count == 0, before.Body);
        Assert.Equal(HttpStatusCode.Forbidden, suspended.Status);
        Assert.Equal(["AGENCY_SUSPENDED"], suspended.ErrorCodes);
        Assert.Null(suspended.Data);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Equal(["AGENCY_SUSPENDED"], write.ErrorCodes);
        Assert.Equal("SUSPENDED", me["status"]!.GetValue<string>());
        Assert.Equal(code, me["agency"]!["code"]!.GetValue<string>());
        Assert.Empty(me["effectiveRoles"]!.AsArray());
        Assert.Equal(["Cases.Read:AGENCY_NOT_ACTIVE", "Cases.Write:AGENCY_NOT_ACTIVE", "Projects.Read:AGENCY_NOT_ACTIVE"], me["ignoredRoles"]!.AsArray().Select(r => $"{r!["role"]}:{r["reason"]}"));
        Assert.True(after.Status == HttpStatusCode.OK && after.ErrorCodes.Count == 0, after.Body);
    }

    [Fact]
    public async Task AReferralToASuspendedAgency_IsRecipientSuspended_UntilItIsReactivated()
    {
        var code = NewCode();
        await _operator.RegisterAsync(code);
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentToAsync(caseId, code);
        var input = new { caseId, purpose = "ASSISTANCE", toAgencyCode = code, services = Writer.Of("SHELTER") };

        await _operator.SuspendAsync(code);
        var refused = await _writer.ReferAsync(input);
        await _operator.ReactivateAsync(code);
        var referred = await _writer.ReferAsync(input);

        Assert.Equal(["RECIPIENT_SUSPENDED@toAgencyCode"], Writer.UserErrors(refused, "referCase"));
        Assert.Equal("PENDING", Writer.Written(referred, "referCase", "referral")["status"]!.GetValue<string>());
    }
}
