using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;

namespace Hub.Api.Tests.Access;

/// <summary>The demo data's consents are active whenever it is generated: another agency's case is
/// shown in the categories its consent covers and withheld as NO_CONSENT in the rest, today and two
/// years later alike.</summary>
public abstract class DemoConsentTests(HubFactory hub)
{
    public sealed class Today(HubFactory hub) : DemoConsentTests(hub), IClassFixture<HubFactory>;

    public sealed class TwoYearsAhead(HubTwoYearsAhead hub) : DemoConsentTests(hub), IClassFixture<HubTwoYearsAhead>;

    private readonly HttpClient _client = hub.CreateClient();

    [Fact]
    public async Task ConsentedCases_ShowTheConsentedCategories_AndWithholdTheRestForNoConsent()
    {
        var token = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.CasesReadIdentity]);

        var response = await _client.PostAsync("{ cases(purpose: ASSISTANCE, first: 100) { nodes { owner { code } givenName sex status withheld { reason } } } }", token);

        var consented = response.Data!["cases"]!["nodes"]!.AsArray()
            .Where(n => n!["owner"]!["code"]!.GetValue<string>() != WellKnownAgencies.NigeriaShelter).ToList();
        Assert.Contains(consented, n => n!["givenName"] is not null || n!["sex"] is not null || n!["status"] is not null);
        Assert.Contains(consented, n => n!["withheld"]!.AsArray().Any(w => w!["reason"]!.GetValue<string>() == "NO_CONSENT"));
    }
}
