using System.Net;
using Hub.Api.Tests.Access.Oracle;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Access;

/// <summary>DESIGN §3, rule by rule, from the points of view of the owner, a consented recipient,
/// an agency covered by kind and country, agencies without (active) consent, a suspended agency
/// and an app. One small world: an NGO in Nigeria owns case X (consents below) and case Y (none).</summary>
public sealed class AccessRulesTests(EmptyHub hub) : IClassFixture<EmptyHub>, IAsyncLifetime
{
    private static readonly Guid Owner = new("00000000-0000-4000-8000-000000000001");
    private static readonly Guid Partner = new("00000000-0000-4000-8000-000000000002");
    private static readonly Guid OtherNgo = new("00000000-0000-4000-8000-000000000003");
    private static readonly Guid Ministry = new("00000000-0000-4000-8000-000000000004");
    private static readonly Guid ThaiNgo = new("00000000-0000-4000-8000-000000000005");
    private static readonly Guid Suspended = new("00000000-0000-4000-8000-000000000006");
    private static readonly Guid X = new("00000000-0000-4000-8000-0000000000aa");
    private static readonly Guid Y = new("00000000-0000-4000-8000-0000000000bb");
    private static readonly Guid Referral = new("00000000-0000-4000-8000-0000000000cc");

    private const string Fields = "id reference givenName sex citizenship { code } exploitationTypes status withheld { field category reason }";

    private readonly HttpClient _client = hub.CreateClient();
    private readonly WorldStore _store = new(hub);

    public async Task InitializeAsync()
    {
        var now = hub.Now;
        OracleConsent Consent(Guid? agency, AgencyKind? kind, Purpose purpose, DataCategory categories, int grantedHours, int expiresHours, int? revokedHours = null) =>
            new(X, purpose, agency, kind, kind is null ? null : "NGA", categories, now.AddHours(grantedHours), now.AddHours(expiresHours),
                revokedHours is { } r ? now.AddHours(r) : null);

        await _store.ReplaceAsync(new OracleWorld
        {
            Agencies =
            [
                new(Owner, AgencyKind.Ngo, "NGA", AgencyStatus.Active), new(Partner, AgencyKind.Ngo, "NGA", AgencyStatus.Active),
                new(OtherNgo, AgencyKind.Ngo, "NGA", AgencyStatus.Active), new(Ministry, AgencyKind.Government, "NGA", AgencyStatus.Active),
                new(ThaiNgo, AgencyKind.Ngo, "THA", AgencyStatus.Active), new(Suspended, AgencyKind.Ngo, "NGA", AgencyStatus.Suspended),
            ],
            Cases =
            [
                OracleCase.Blank(X, Owner) with
                {
                    Identity = new() { GivenName = "Amina" },
                    Demographic = new() { Sex = Sex.Female, Citizenship = "NGA" },
                    TraffickingExperience = new() { ExploitationTypes = [ExploitationType.ForcedLabour] },
                    Assistance = new() { ServicesNeeded = [Service.Shelter], Status = CaseStatus.ReceivingAssistance },
                },
                OracleCase.Blank(Y, Owner) with { Demographic = new() { Citizenship = "THA" } },
            ],
            Consents =
            [
                Consent(Partner, null, Purpose.Assistance, DataCategory.Demographic | DataCategory.Assistance, -24, 24),
                Consent(null, AgencyKind.Ngo, Purpose.LegalProceedings, DataCategory.TraffickingExperience, -24, 24),
                Consent(Ministry, null, Purpose.Assistance, DataCategory.Identity | DataCategory.Demographic, -48, -1),
                Consent(ThaiNgo, null, Purpose.Assistance, (DataCategory)15, -48, 48, revokedHours: -1),
                Consent(Suspended, null, Purpose.Assistance, (DataCategory)15, -48, 48),
                Consent(Ministry, null, Purpose.ReturnAndReintegration, (DataCategory)15, 2, 48),
            ],
        });
        await hub.WithDbAsync(async db =>
        {
            db.Referrals.Add(new Hub.Data.Entities.Referral
            {
                Id = Referral,
                CaseId = X,
                FromAgencyId = Owner,
                ToAgencyId = Partner,
                Status = ReferralStatus.Accepted,
                ReferredOn = now.AddDays(-2),
                RespondedOn = now.AddDays(-1),
                Services = [new ReferralService { ReferralId = Referral, Service = Service.Shelter }],
            });
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Token(Guid agency, params string[] roles) =>
        TestTokens.Mint(hub, new TokenSpec { TenantId = _store.TenantOf[agency], Roles = roles });

    private static readonly string[] Read = [HubRoles.CasesRead];
    private static readonly string[] ReadAll = [HubRoles.CasesRead, HubRoles.CasesReadIdentity];

    private async Task<List<Guid>> VisibleAsync(Guid agency, string purpose, params string[] roles)
    {
        var response = await _client.PostAsync($"{{ cases(purpose: {purpose}) {{ nodes {{ id }} }} }}", Token(agency, roles));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Data!["cases"]!["nodes"]!.AsArray().Select(n => Guid.Parse(n!["id"]!.GetValue<string>())).Order().ToList();
    }

    [Fact]
    public async Task Rule1_EveryCaseRead_DeclaresItsPurpose()
    {
        foreach (var (field, query) in new[]
        {
            ("cases", "{ cases { totalCount } }"), ("case", $"{{ case(id: \"{X}\") {{ id }} }}"),
            ("referrals", "{ referrals { totalCount } }"), ("referral", $"{{ referral(id: \"{Referral}\") {{ id }} }}"),
        })
        {
            var response = await _client.PostAsync(query, Token(Owner, Read));

            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Null(response.Data);
            Assert.Equal(["PROVIDED_NON_NULL_ARGUMENTS"], response.ErrorCodes);
            var error = Assert.Single(response.Json["errors"]!.AsArray())!;
            Assert.Equal($"Argument 'purpose' of type 'Purpose!' is required for field '{field}' but not provided.", error["message"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Rule2_Owner_SeesItsCases_ForAnyPurpose()
    {
        Assert.Equal([X, Y], await VisibleAsync(Owner, "RESEARCH_AND_STATISTICS", Read));
    }

    [Fact]
    public async Task Rule2_NamedRecipient_SeesTheCase_OnlyForTheConsentedPurpose()
    {
        Assert.Equal([X], await VisibleAsync(Partner, "ASSISTANCE", Read));
        Assert.Empty(await VisibleAsync(Partner, "RESEARCH_AND_STATISTICS", Read));
    }

    [Fact]
    public async Task Rule2_ConsentByKindAndCountry_CoversEveryAgencyOfThatKindThere()
    {
        Assert.Equal([X], await VisibleAsync(OtherNgo, "LEGAL_PROCEEDINGS", Read));
        Assert.Equal([X], await VisibleAsync(Partner, "LEGAL_PROCEEDINGS", Read));
        Assert.Empty(await VisibleAsync(ThaiNgo, "LEGAL_PROCEEDINGS", Read));
        Assert.Empty(await VisibleAsync(Ministry, "LEGAL_PROCEEDINGS", Read));
    }

    [Fact]
    public async Task Rule2_ExpiredRevokedAndNotYetGrantedConsents_ShowNothing()
    {
        Assert.Empty(await VisibleAsync(Ministry, "ASSISTANCE", ReadAll));
        Assert.Empty(await VisibleAsync(ThaiNgo, "ASSISTANCE", ReadAll));
        Assert.Empty(await VisibleAsync(Ministry, "RETURN_AND_REINTEGRATION", ReadAll));
    }

    [Fact]
    public async Task Rule2_Revocation_TakesEffectOnTheVeryNextRequest()
    {
        await using var revocable = new EmptyHub();
        var store = new WorldStore(revocable);
        var now = revocable.Now;
        await store.ReplaceAsync(new OracleWorld
        {
            Agencies = [new(Owner, AgencyKind.Ngo, "NGA", AgencyStatus.Active), new(Partner, AgencyKind.Ngo, "NGA", AgencyStatus.Active)],
            Cases = [OracleCase.Blank(X, Owner)],
            Consents = [new(X, Purpose.Assistance, Partner, null, null, DataCategory.Assistance, now.AddHours(-1), now.AddDays(1), null)],
        });
        using var client = revocable.CreateClient();
        var token = TestTokens.Mint(revocable, new TokenSpec { TenantId = store.TenantOf[Partner], Roles = Read });
        const string query = "{ cases(purpose: ASSISTANCE) { totalCount } }";

        var before = await client.PostAsync(query, token);
        await revocable.WithDbAsync(db => db.Consents.ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedOn, revocable.Now)));
        var after = await client.PostAsync(query, token);

        Assert.Equal(1, before.Data!["cases"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, after.Data!["cases"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Rule3And4_Recipient_IsShownTheConsentedCategories_AndTheRestIsWithheldWithReasons()
    {
        var response = await _client.PostAsync($"{{ case(id: \"{X}\", purpose: ASSISTANCE) {{ {Fields} }} }}", Token(Partner, ReadAll));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Snapshooter.Xunit.Snapshot.Match(response.Snapshot);
    }

    [Fact]
    public async Task Rule3_Owner_IsShownEveryCategoryItsRolesOpen()
    {
        var withIdentity = await _client.PostAsync($"{{ case(id: \"{X}\", purpose: ASSISTANCE) {{ {Fields} }} }}", Token(Owner, ReadAll));
        var withoutIdentity = await _client.PostAsync($"{{ case(id: \"{X}\", purpose: ASSISTANCE) {{ {Fields} }} }}", Token(Owner, Read));

        Snapshooter.Xunit.Snapshot.Match(new { withIdentity = withIdentity.Snapshot, withoutIdentity = withoutIdentity.Snapshot });
    }

    [Fact]
    public async Task Rule3_IdentityRoleAlone_OpensIdentityButNotTheOtherCategories()
    {
        var response = await _client.PostAsync($"{{ case(id: \"{X}\", purpose: ASSISTANCE) {{ givenName sex withheld {{ field reason }} }} }}", Token(Owner, HubRoles.CasesReadIdentity));

        Assert.Equal("""{"givenName":"Amina","sex":null,"withheld":[{"field":"sex","reason":"MISSING_ROLE"}]}""", response.Data!["case"]!.ToJsonString());
    }

    [Fact]
    public async Task Rule3_CaseReads_NeedACaseRole()
    {
        var response = await _client.PostAsync("{ cases(purpose: ASSISTANCE) { totalCount } }", Token(Owner, HubRoles.ProjectsRead, HubRoles.AuditRead));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Rule6_FiltersOnAWithheldField_FindNothing_NorDoTheirNegations()
    {
        // Under LEGAL_PROCEEDINGS the partner is shown X's trafficking experience, not its citizenship (NGA).
        async Task<int> CountAsync(Guid agency, string where) =>
            (await _client.PostAsync($"{{ cases(purpose: LEGAL_PROCEEDINGS, where: {where}) {{ nodes {{ id }} }} }}", Token(agency, Read)))
                .Data!["cases"]!["nodes"]!.AsArray().Count;

        Assert.Equal(0, await CountAsync(Partner, "{ citizenship: { eq: \"NGA\" } }"));
        Assert.Equal(0, await CountAsync(Partner, "{ citizenship: { neq: \"THA\" } }"));
        Assert.Equal(0, await CountAsync(Partner, "{ not: { citizenship: { eq: \"THA\" } } }"));
        Assert.Equal(1, await CountAsync(Partner, "{ exploitationTypes: { some: { eq: FORCED_LABOUR } } }"));
        Assert.Equal(1, await CountAsync(Partner, "{ or: [{ citizenship: { eq: \"NGA\" } }, { exploitationTypes: { some: { eq: FORCED_LABOUR } } }] }"));
        Assert.Equal(1, await CountAsync(Owner, "{ citizenship: { eq: \"NGA\" } }"));
    }

    [Fact]
    public async Task Rule7_AReferral_IsVisibleToBothParties_AndItsCaseFollowsTheCaseRules()
    {
        const string query = "{ referrals(purpose: RESEARCH_AND_STATISTICS) { nodes { id status fromAgency { id } toAgency { id } services case { id } } } }";

        var owner = await _client.PostAsync(query, Token(Owner, Read));
        var partner = await _client.PostAsync(query, Token(Partner, Read));
        var ministry = await _client.PostAsync(query, Token(Ministry, Read));

        var record = $$"""{"id":"{{Referral}}","status":"ACCEPTED","fromAgency":{"id":"{{Owner}}"},"toAgency":{"id":"{{Partner}}"},"services":["SHELTER"]""";
        Assert.Equal("[" + record + $$""","case":{"id":"{{X}}"}""" + "}]", owner.Data!["referrals"]!["nodes"]!.ToJsonString());
        Assert.Equal($$"""[{{record}},"case":null}]""", partner.Data!["referrals"]!["nodes"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, ministry.Status);
        Assert.Empty(ministry.Data!["referrals"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task Rule4_AReferralWhoseCaseIsWithheld_SaysSo_AndOnlyWhenTheCaseWasAskedFor()
    {
        var withCase = await _client.PostAsync("{ referrals(purpose: RESEARCH_AND_STATISTICS) { nodes { case { id } withheld { field reason } } } }", Token(Partner, Read));
        var withoutCase = await _client.PostAsync("{ referrals(purpose: RESEARCH_AND_STATISTICS) { nodes { status withheld { field reason } } } }", Token(Partner, Read));
        var consented = await _client.PostAsync("{ referrals(purpose: ASSISTANCE) { nodes { case { id } withheld { field reason } } } }", Token(Partner, Read));

        Assert.Equal("""[{"case":null,"withheld":[{"field":"case","reason":"NO_CONSENT"}]}]""", withCase.Data!["referrals"]!["nodes"]!.ToJsonString());
        Assert.Equal("""[{"status":"ACCEPTED","withheld":[]}]""", withoutCase.Data!["referrals"]!["nodes"]!.ToJsonString());
        Assert.Equal($$"""[{"case":{"id":"{{X}}"},"withheld":[]}]""", consented.Data!["referrals"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task Rule8_MissingAndInvisible_AnswerAlike()
    {
        var token = Token(Ministry, ReadAll);

        var invisible = await _client.PostAsync($"{{ case(id: \"{X}\", purpose: ASSISTANCE) {{ id }} referral(id: \"{Referral}\", purpose: ASSISTANCE) {{ id }} }}", token);
        var missing = await _client.PostAsync($"{{ case(id: \"{Guid.NewGuid()}\", purpose: ASSISTANCE) {{ id }} referral(id: \"{Guid.NewGuid()}\", purpose: ASSISTANCE) {{ id }} }}", token);
        var malformed = await _client.PostAsync("{ case(id: \"not-an-id\", purpose: ASSISTANCE) { id } referral(id: \"42\", purpose: ASSISTANCE) { id } }", token);

        Assert.Equal(invisible.Body, missing.Body);
        Assert.Equal(invisible.Body, malformed.Body);
        Assert.Equal("""{"data":{"case":null,"referral":null}}""", invisible.Body);
    }

    [Fact]
    public async Task Rule9_EveryDisclosure_IsLogged_AndTheOwnerCanSeeWhoSawItsCase()
    {
        await _client.PostAsync($"query PartnerLooks {{ case(id: \"{X}\", purpose: ASSISTANCE) {{ sex status givenName }} }}", Token(Partner, Read));

        var log = await _client.PostAsync($"{{ disclosures(caseId: \"{X}\") {{ nodes {{ agency {{ id }} purpose categories operationName documentHash isApp }} }} }}", Token(Owner, HubRoles.AuditRead));
        var notOwner = await _client.PostAsync($"{{ disclosures(caseId: \"{X}\") {{ totalCount }} }}", Token(Partner, HubRoles.AuditRead));
        var noRole = await _client.PostAsync($"{{ disclosures(caseId: \"{X}\") {{ totalCount }} }}", Token(Owner, Read));

        var entry = log.Data!["disclosures"]!["nodes"]!.AsArray().Single(n => n!["operationName"]?.GetValue<string>() == "PartnerLooks")!;
        Assert.Equal(Partner.ToString(), entry["agency"]!["id"]!.GetValue<string>());
        Assert.Equal("ASSISTANCE", entry["purpose"]!.GetValue<string>());
        Assert.Equal(["DEMOGRAPHIC", "ASSISTANCE"], entry["categories"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.StartsWith("sha256:", entry["documentHash"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, notOwner.Data!["disclosures"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden, noRole.Status);
        Assert.Equal(["MISSING_ROLE"], noRole.ErrorCodes);
        Assert.Null(noRole.Data);
    }

    [Fact]
    public async Task Rule9_WhenTheLogCannotBeWritten_NoCaseDataLeaves()
    {
        await using var broken = new EmptyHub();
        var store = new WorldStore(broken);
        await store.ReplaceAsync(new OracleWorld { Agencies = [new(Owner, AgencyKind.Ngo, "NGA", AgencyStatus.Active)], Cases = [OracleCase.Blank(X, Owner) with { Identity = new() { GivenName = "Amina" } }], Consents = [] });
        await broken.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"Disclosures\""));
        using var client = broken.CreateClient();

        var response = await client.PostAsync("{ cases(purpose: ASSISTANCE) { nodes { givenName } } }",
            TestTokens.Mint(broken, new TokenSpec { TenantId = store.TenantOf[Owner], Roles = ReadAll }));

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal(["DISCLOSURE_LOG_FAILED"], response.ErrorCodes);
        Assert.DoesNotContain("Amina", response.Body, StringComparison.Ordinal);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task SuspendedAgency_GetsNoCases_EvenWithConsent()
    {
        var response = await _client.PostAsync("{ cases(purpose: ASSISTANCE) { totalCount } }", Token(Suspended, ReadAll));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["AGENCY_SUSPENDED"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task AppToken_SeesWhatItsAgencySees()
    {
        var app = TestTokens.Mint(hub, TokenSpec.App(_store.TenantOf[Partner], HubRoles.CasesRead));

        var response = await _client.PostAsync("{ cases(purpose: ASSISTANCE) { nodes { id sex givenName } } }", app);

        Assert.Equal($$"""[{"id":"{{X}}","sex":"FEMALE","givenName":null}]""", response.Data!["cases"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task Consents_AreTheOwnersViewOnly()
    {
        var owner = await _client.PostAsync($"{{ case(id: \"{X}\", purpose: ASSISTANCE) {{ consents {{ purpose categories }} }} }}", Token(Owner, Read));
        var partner = await _client.PostAsync($"{{ case(id: \"{X}\", purpose: ASSISTANCE) {{ consents {{ purpose }} }} }}", Token(Partner, Read));

        Assert.Equal(6, owner.Data!["case"]!["consents"]!.AsArray().Count);
        Assert.Null(partner.Data!["case"]!["consents"]);
    }
}
