using System.Net;
using Hub.Api.Tests.Access.Oracle;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;

namespace Hub.Api.Tests.Access;

/// <summary>Rules 3 and 4 where the caller's roles open none of the categories it selected: the
/// fields are withheld for MISSING_ROLE, the case is answered, nothing fails. (The projection used to
/// fold every gated value to a constant null then, and EF Core refused the query: INTERNAL_ERROR.)</summary>
public sealed class ClosedCategoryTests(EmptyHub hub) : IClassFixture<EmptyHub>, IAsyncLifetime
{
    private static readonly Guid Owner = new("00000000-0000-4000-8000-000000000011");
    private static readonly Guid Partner = new("00000000-0000-4000-8000-000000000012");
    private static readonly Guid X = new("00000000-0000-4000-8000-0000000000dd");
    private static readonly Guid Referral = new("00000000-0000-4000-8000-0000000000ee");

    private readonly HttpClient _client = hub.CreateClient();
    private readonly WorldStore _store = new(hub);

    public async Task InitializeAsync()
    {
        var now = hub.Now;
        await _store.ReplaceAsync(new OracleWorld
        {
            Agencies = [new(Owner, AgencyKind.Ngo, "NGA", AgencyStatus.Active), new(Partner, AgencyKind.Ngo, "NGA", AgencyStatus.Active)],
            Cases =
            [
                OracleCase.Blank(X, Owner) with
                {
                    Identity = new() { GivenName = "Amina" },
                    Demographic = new() { Sex = Sex.Female, Citizenship = "NGA" },
                    TraffickingExperience = new() { LabourSector = LabourSector.DomesticWork },
                },
            ],
            Consents = [new(X, Purpose.Assistance, Partner, null, null, DisclosureOracle.AllCategories, now.AddHours(-1), now.AddHours(1), null)],
            Referrals = [new(Referral, X, Owner, Partner, ReferralStatus.Pending, now.AddHours(-1))],
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(HubRoles.CasesRead, "givenName", "IDENTITY")]
    [InlineData(HubRoles.CasesRead, "givenName phone documentNumber", "IDENTITY")]
    [InlineData(HubRoles.CasesReadIdentity, "sex", "DEMOGRAPHIC")]
    [InlineData(HubRoles.CasesReadIdentity, "citizenship { code } labourSector status", "DEMOGRAPHIC")]
    public async Task FieldsOfCategoriesTheRolesDoNotOpen_AreWithheldForMissingRole(string role, string fields, string firstCategory)
    {
        foreach (var agency in new[] { Owner, Partner })
        {
            var token = TestTokens.Mint(hub, new TokenSpec { TenantId = _store.TenantOf[agency], Roles = [role] });
            var selection = $"id {fields} withheld {{ field category reason }}";
            var response = await _client.PostAsync(
                $"{{ case(id: \"{X}\", purpose: ASSISTANCE) {{ {selection} }} cases(purpose: ASSISTANCE) {{ nodes {{ {selection} }} }} "
                + $"referral(id: \"{Referral}\", purpose: ASSISTANCE) {{ case {{ {selection} }} }} }}", token);

            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Null(response.Json["errors"]);
            foreach (var node in new[] { response.Data!["case"]!, response.Data!["cases"]!["nodes"]![0]!, response.Data!["referral"]!["case"]! })
            {
                var names = fields.Replace(" { code }", "", StringComparison.Ordinal).Split(' ');
                Assert.All(names, name => Assert.Null(node[name]));
                var withheld = node["withheld"]!.AsArray();
                Assert.Equal(names.Length, withheld.Count);
                Assert.All(withheld, w => Assert.Equal("MISSING_ROLE", w!["reason"]!.GetValue<string>()));
                Assert.Equal(firstCategory, withheld[0]!["category"]!.GetValue<string>());
            }
        }
    }
}
