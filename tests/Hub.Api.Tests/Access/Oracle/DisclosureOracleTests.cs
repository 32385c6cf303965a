using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

public sealed class DisclosureOracleTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly string[] AllRoles = [OracleRoles.CasesRead, OracleRoles.CasesReadIdentity];

    private static readonly OracleAgency Owner = new(Guid.NewGuid(), AgencyKind.Ngo, "NGA", AgencyStatus.Active);
    private static readonly OracleAgency Shelter = new(Guid.NewGuid(), AgencyKind.Ngo, "NGA", AgencyStatus.Active);
    private static readonly OracleAgency OtherShelter = new(Guid.NewGuid(), AgencyKind.Ngo, "NGA", AgencyStatus.Active);
    private static readonly OracleAgency ThaiShelter = new(Guid.NewGuid(), AgencyKind.Ngo, "THA", AgencyStatus.Active);
    private static readonly OracleAgency Ministry = new(Guid.NewGuid(), AgencyKind.Government, "NGA", AgencyStatus.Active);

    private static readonly OracleCase TheCase = new(
        Guid.NewGuid(),
        Owner.Id,
        new OracleIdentity { GivenName = "Amina", FamilyName = "Okafor", DateOfBirth = new DateOnly(2001, 3, 4) },
        new OracleDemographic { Sex = Sex.Female, Citizenship = "NGA", AgeBracket = AgeBracket.Age21To23 },
        new OracleTraffickingExperience { ExploitationTypes = [ExploitationType.ForcedLabour], LabourSector = LabourSector.DomesticWork },
        new OracleAssistance { ServicesNeeded = [Service.Shelter], Status = CaseStatus.ReceivingAssistance });

    private static OracleWorld World(params OracleConsent[] consents) => new()
    {
        Agencies = [Owner, Shelter, OtherShelter, ThaiShelter, Ministry],
        Cases = [TheCase],
        Consents = consents,
    };

    private static OracleConsent ToAgency(
        OracleAgency recipient, DataCategory categories, Purpose purpose = Purpose.Assistance, DateTime? expires = null, DateTime? revoked = null) =>
        new(TheCase.Id, purpose, recipient.Id, null, null, categories, Now.AddDays(-10), expires ?? Now.AddDays(10), revoked);

    private static OracleConsent ToKindIn(AgencyKind kind, string country, DataCategory categories) =>
        new(TheCase.Id, Purpose.Assistance, null, kind, country, categories, Now.AddDays(-10), Now.AddDays(10), null);

    private static DataCategory Disclosed(OracleWorld w, OracleAgency agency, params string[] roles) =>
        DisclosureOracle.DisclosedCategories(w, OracleCaller.Of(agency.Id, roles), Purpose.Assistance, Now, TheCase);

    [Fact]
    public void Owner_SeesEveryCategoryItsRolesAllow()
    {
        var w = World();

        Assert.Equal(DisclosureOracle.AllCategories, Disclosed(w, Owner, AllRoles));
        Assert.Equal(
            DataCategory.Demographic | DataCategory.TraffickingExperience | DataCategory.Assistance,
            Disclosed(w, Owner, OracleRoles.CasesRead));
        Assert.Equal(DataCategory.Identity, Disclosed(w, Owner, OracleRoles.CasesReadIdentity));
        Assert.Equal(DataCategory.None, Disclosed(w, Owner, "Hub.Admin"));
        Assert.True(DisclosureOracle.IsVisible(w, OracleCaller.Of(Owner.Id), Purpose.LegalProceedings, Now, TheCase));
    }

    [Fact]
    public void NonOwnerWithoutConsent_SeesNothing()
    {
        var w = World();

        Assert.False(DisclosureOracle.IsVisible(w, OracleCaller.Of(Shelter.Id, AllRoles), Purpose.Assistance, Now, TheCase));
        Assert.Empty(DisclosureOracle.VisibleCases(w, OracleCaller.Of(Shelter.Id, AllRoles), Purpose.Assistance, Now));
        Assert.Null(DisclosureOracle.Project(w, OracleCaller.Of(Shelter.Id, AllRoles), Purpose.Assistance, Now, TheCase.Id, CaseFields.All));
    }

    [Fact]
    public void Consent_DisclosesOnlyItsCategories()
    {
        var w = World(ToAgency(Shelter, DataCategory.Demographic | DataCategory.Assistance));

        Assert.Equal(DataCategory.Demographic | DataCategory.Assistance, Disclosed(w, Shelter, AllRoles));
        Assert.Equal(DataCategory.None, Disclosed(w, OtherShelter, AllRoles));
    }

    [Fact]
    public void SeveralActiveConsents_DiscloseTheirUnion()
    {
        var w = World(ToAgency(Shelter, DataCategory.Demographic), ToKindIn(AgencyKind.Ngo, "NGA", DataCategory.Identity));

        Assert.Equal(DataCategory.Demographic | DataCategory.Identity, Disclosed(w, Shelter, AllRoles));
        Assert.Equal(DataCategory.Identity, Disclosed(w, OtherShelter, AllRoles));
    }

    [Fact]
    public void ExpiredConsent_DisclosesNothing()
    {
        var w = World(ToAgency(Shelter, DisclosureOracle.AllCategories, expires: Now.AddDays(-1)));

        Assert.False(DisclosureOracle.IsVisible(w, OracleCaller.Of(Shelter.Id, AllRoles), Purpose.Assistance, Now, TheCase));
        Assert.Equal(DataCategory.None, Disclosed(w, Shelter, AllRoles));
    }

    [Fact]
    public void IsActive_FromGrantInclusive_UntilExpiryExclusive()
    {
        var consent = ToAgency(Shelter, DataCategory.Assistance);

        Assert.False(DisclosureOracle.IsActive(consent, consent.GrantedOn.AddTicks(-1)));
        Assert.True(DisclosureOracle.IsActive(consent, consent.GrantedOn));
        Assert.True(DisclosureOracle.IsActive(consent, consent.ExpiresOn.AddTicks(-1)));
        Assert.False(DisclosureOracle.IsActive(consent, consent.ExpiresOn));
    }

    [Fact]
    public void NotYetGrantedConsent_DisclosesNothing()
    {
        var w = World(ToAgency(Shelter, DisclosureOracle.AllCategories) with { GrantedOn = Now.AddHours(1) });

        Assert.Equal(DataCategory.None, Disclosed(w, Shelter, AllRoles));
        Assert.Equal(DisclosureOracle.AllCategories, DisclosureOracle.DisclosedCategories(
            w, OracleCaller.Of(Shelter.Id, AllRoles), Purpose.Assistance, Now.AddHours(1), TheCase));
    }

    [Fact]
    public void ConsentForAnotherPurpose_DisclosesNothing()
    {
        var w = World(ToAgency(Shelter, DisclosureOracle.AllCategories, purpose: Purpose.LegalProceedings));
        var caller = OracleCaller.Of(Shelter.Id, AllRoles);

        Assert.False(DisclosureOracle.IsVisible(w, caller, Purpose.Assistance, Now, TheCase));
        Assert.Equal(DataCategory.None, DisclosureOracle.DisclosedCategories(w, caller, Purpose.Assistance, Now, TheCase));
        Assert.Equal(DisclosureOracle.AllCategories, DisclosureOracle.DisclosedCategories(w, caller, Purpose.LegalProceedings, Now, TheCase));
    }

    [Fact]
    public void KindAndCountryConsent_CoversEveryAgencyOfThatKindThere()
    {
        var w = World(ToKindIn(AgencyKind.Ngo, "NGA", DataCategory.TraffickingExperience));

        Assert.Equal(DataCategory.TraffickingExperience, Disclosed(w, Shelter, AllRoles));
        Assert.Equal(DataCategory.TraffickingExperience, Disclosed(w, OtherShelter, AllRoles));
        Assert.Equal(DataCategory.None, Disclosed(w, ThaiShelter, AllRoles));
        Assert.Equal(DataCategory.None, Disclosed(w, Ministry, AllRoles));
    }

    [Fact]
    public void KindWithoutCountry_NamesNobody()
    {
        var w = World(new OracleConsent(
            TheCase.Id, Purpose.Assistance, null, AgencyKind.Ngo, null, DisclosureOracle.AllCategories, Now.AddDays(-1), Now.AddDays(1), null));

        Assert.Equal(DataCategory.None, Disclosed(w, Shelter, AllRoles));
    }

    [Fact]
    public void RevokedConsent_StopsAtRevocation()
    {
        var revokedOn = Now.AddHours(-1);
        var w = World(ToAgency(Shelter, DataCategory.Demographic, revoked: revokedOn));
        var caller = OracleCaller.Of(Shelter.Id, AllRoles);

        Assert.Equal(DataCategory.Demographic, DisclosureOracle.DisclosedCategories(w, caller, Purpose.Assistance, revokedOn.AddTicks(-1), TheCase));
        Assert.Equal(DataCategory.None, DisclosureOracle.DisclosedCategories(w, caller, Purpose.Assistance, revokedOn, TheCase));
        Assert.False(DisclosureOracle.IsVisible(w, caller, Purpose.Assistance, Now, TheCase));
    }

    [Fact]
    public void SuspendedAgency_SeesNothing()
    {
        var suspended = Owner with { Status = AgencyStatus.Suspended };
        var w = World() with { Agencies = [suspended, Shelter] };
        var caller = OracleCaller.Of(suspended.Id, AllRoles);

        Assert.False(DisclosureOracle.IsVisible(w, caller, Purpose.Assistance, Now, TheCase));
        Assert.Empty(DisclosureOracle.VisibleCases(w, caller, Purpose.Assistance, Now));
        Assert.Equal(DataCategory.None, DisclosureOracle.DisclosedCategories(w, caller, Purpose.Assistance, Now, TheCase));
    }

    [Fact]
    public void SuspendedOwner_DoesNotStopAConsentedRecipient()
    {
        var w = World(ToAgency(Shelter, DataCategory.Assistance)) with { Agencies = [Owner with { Status = AgencyStatus.Suspended }, Shelter] };

        Assert.Equal(DataCategory.Assistance, Disclosed(w, Shelter, AllRoles));
    }

    [Fact]
    public void UnknownAgency_SeesNothing()
    {
        var w = World(ToKindIn(AgencyKind.Ngo, "NGA", DisclosureOracle.AllCategories));

        Assert.Empty(DisclosureOracle.VisibleCases(w, OracleCaller.Of(Guid.NewGuid(), AllRoles), Purpose.Assistance, Now));
    }

    [Fact]
    public void IdentityWithoutReadIdentityRole_IsWithheldForMissingRole()
    {
        var w = World(ToAgency(Shelter, DataCategory.Identity | DataCategory.Demographic));
        var caller = OracleCaller.Of(Shelter.Id, OracleRoles.CasesRead);

        var withheld = DisclosureOracle.Withheld(w, caller, Purpose.Assistance, Now, TheCase, ["id", "givenName", "sex", "status"]);

        Assert.Equal(
            [
                new ExpectedWithheld("givenName", DataCategory.Identity, OracleWithholdReason.MissingRole),
                new ExpectedWithheld("status", DataCategory.Assistance, OracleWithholdReason.NoConsent),
            ],
            withheld);
    }

    [Fact]
    public void MissingRole_TakesPrecedenceOverNoConsent()
    {
        var w = World(ToAgency(Shelter, DataCategory.Assistance));
        var caller = OracleCaller.Of(Shelter.Id, OracleRoles.CasesRead);

        var withheld = DisclosureOracle.Withheld(w, caller, Purpose.Assistance, Now, TheCase, ["phone", "citizenship"]);

        Assert.Equal(OracleWithholdReason.MissingRole, Assert.Single(withheld, x => x.Field == "phone").Reason);
        Assert.Equal(OracleWithholdReason.NoConsent, Assert.Single(withheld, x => x.Field == "citizenship").Reason);
        Assert.Equal("MISSING_ROLE", withheld[0].ReasonName);
        Assert.Equal("IDENTITY", withheld[0].CategoryName);
    }

    [Fact]
    public void Project_NullsWithheldFieldsAndListsThem()
    {
        var w = World(ToAgency(Shelter, DataCategory.Demographic | DataCategory.TraffickingExperience));
        var caller = OracleCaller.Of(Shelter.Id, AllRoles);

        var view = DisclosureOracle.Project(w, caller, Purpose.Assistance, Now, TheCase, ["givenName", "citizenship", "exploitationTypes", "sex", "sex"]);

        Assert.NotNull(view);
        Assert.Null(view.Fields["givenName"]);
        Assert.Equal("NGA", view.Fields["citizenship"]);
        Assert.Equal(Sex.Female, view.Fields["sex"]);
        Assert.Equal([ExploitationType.ForcedLabour], Assert.IsAssignableFrom<IEnumerable<ExploitationType>>(view.Fields["exploitationTypes"]));
        Assert.Equal(4, view.Fields.Count);
        Assert.Equal(DataCategory.Demographic | DataCategory.TraffickingExperience, view.DisclosedInResponse);
        var withheld = Assert.Single(view.Withheld);
        Assert.Equal(new ExpectedWithheld("givenName", DataCategory.Identity, OracleWithholdReason.NoConsent), withheld);
    }

    [Fact]
    public void Project_OwnerWithAllRoles_WithholdsNothing()
    {
        var view = DisclosureOracle.Project(World(), OracleCaller.Of(Owner.Id, AllRoles), Purpose.Assistance, Now, TheCase, CaseFields.All);

        Assert.NotNull(view);
        Assert.Empty(view.Withheld);
        Assert.Equal(CaseFields.All.Count, view.Fields.Count);
        Assert.Equal("Amina", view.Fields["givenName"]);
        Assert.Equal(CaseStatus.ReceivingAssistance, view.Fields["status"]);
    }

    [Fact]
    public void FieldCategories_CoverEveryGatedField()
    {
        Assert.Equal(20, DisclosureOracle.FieldCategories.Count);
        Assert.Equal(6, DisclosureOracle.FieldCategories.Count(f => f.Value == DataCategory.Identity));
        Assert.Equal(4, DisclosureOracle.FieldCategories.Count(f => f.Value == DataCategory.Demographic));
        Assert.Equal(7, DisclosureOracle.FieldCategories.Count(f => f.Value == DataCategory.TraffickingExperience));
        Assert.Equal(3, DisclosureOracle.FieldCategories.Count(f => f.Value == DataCategory.Assistance));
        Assert.Equal(DataCategory.Demographic, DisclosureOracle.FieldCategories["countryOfIdentification"]);
        Assert.Equal(DataCategory.TraffickingExperience, DisclosureOracle.FieldCategories["countryOfExploitation"]);
        Assert.Equal(DataCategory.Assistance, DisclosureOracle.FieldCategories["status"]);
    }
}
