using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

public sealed class OracleFilterTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly OracleAgency Owner = new(Guid.NewGuid(), AgencyKind.Ngo, "NGA", AgencyStatus.Active);
    private static readonly OracleAgency Shelter = new(Guid.NewGuid(), AgencyKind.Ngo, "KEN", AgencyStatus.Active);

    private static readonly OracleCase Nigerian = OracleCase.Blank(Guid.NewGuid(), Owner.Id) with
    {
        Demographic = new OracleDemographic { Citizenship = "NGA", Sex = Sex.Female },
        TraffickingExperience = new OracleTraffickingExperience { ExploitationTypes = [ExploitationType.Begging] },
        Assistance = new OracleAssistance { Status = CaseStatus.Closed },
    };

    private static readonly OracleCase Withheld = OracleCase.Blank(Guid.NewGuid(), Owner.Id) with
    {
        Demographic = new OracleDemographic { Citizenship = "NGA", Sex = Sex.Female },
        TraffickingExperience = new OracleTraffickingExperience { ExploitationTypes = [ExploitationType.Begging] },
        Assistance = new OracleAssistance { Status = CaseStatus.Closed },
    };

    private static readonly OracleCase Stateless = OracleCase.Blank(Guid.NewGuid(), Owner.Id);

    /// <summary>The shelter sees all three; demographic and trafficking data of <see cref="Withheld"/>
    /// only to the extent of its assistance consent.</summary>
    private static readonly OracleWorld World = new()
    {
        Agencies = [Owner, Shelter],
        Cases = [Nigerian, Withheld, Stateless],
        Consents =
        [
            Consent(Nigerian, DisclosureOracle.AllCategories),
            Consent(Withheld, DataCategory.Assistance),
            Consent(Stateless, DisclosureOracle.AllCategories),
        ],
    };

    private static readonly OracleCaller Caller = OracleCaller.Of(Shelter.Id, OracleRoles.CasesRead, OracleRoles.CasesReadIdentity);

    private static OracleConsent Consent(OracleCase c, DataCategory categories) =>
        new(c.Id, Purpose.Assistance, Shelter.Id, null, null, categories, Now.AddDays(-1), Now.AddDays(1), null);

    private static IReadOnlyList<Guid> Find(OracleFilter filter) =>
        DisclosureOracle.VisibleCases(World, Caller, Purpose.Assistance, Now, filter);

    [Fact]
    public void FilterOnWithheldCitizenship_DoesNotMatch()
    {
        Assert.Equal(3, DisclosureOracle.VisibleCases(World, Caller, Purpose.Assistance, Now).Count);
        Assert.Equal([Nigerian.Id], Find(OracleFilter.Eq("citizenship", "NGA")));
        Assert.Equal([Nigerian.Id], Find(OracleFilter.In("citizenship", "NGA", "THA")));
    }

    [Fact]
    public void NegatedFilterOnWithheldField_DoesNotMatchEither()
    {
        Assert.Equal([Stateless.Id], Find(OracleFilter.Neq("citizenship", "NGA")));
        Assert.Equal([Stateless.Id], Find(OracleFilter.Not(OracleFilter.Eq("citizenship", "NGA"))));
        Assert.Equal([Stateless.Id], Find(OracleFilter.Nin("citizenship", "NGA")));
    }

    [Fact]
    public void FilterOnWithheldSexAndExploitation_DoesNotMatch()
    {
        Assert.Equal([Nigerian.Id], Find(OracleFilter.Eq("sex", Sex.Female)));
        Assert.Equal([Nigerian.Id], Find(OracleFilter.Contains("exploitationTypes", ExploitationType.Begging)));
    }

    [Fact]
    public void OrFilter_MatchesThroughADisclosedBranchOnly()
    {
        var filter = OracleFilter.Or(OracleFilter.Eq("citizenship", "THA"), OracleFilter.Eq("status", CaseStatus.Closed));

        Assert.Equal([Nigerian.Id, Withheld.Id], Find(filter));
        Assert.Equal(
            [Nigerian.Id],
            Find(OracleFilter.And(OracleFilter.Eq("citizenship", "NGA"), OracleFilter.Eq("status", CaseStatus.Closed))));
    }

    [Fact]
    public void FilterOnDisclosedNull_FollowsValueSemantics()
    {
        Assert.Equal([Stateless.Id], Find(OracleFilter.Eq("citizenship", null)));
        Assert.Empty(Find(OracleFilter.StartsWith("givenName", "A")));
    }

    [Fact]
    public void FilterOnAFieldCasesDoNotHave_IsRejected() =>
        Assert.Throws<ArgumentException>(() => Find(OracleFilter.Eq("nickname", "X")));

    [Fact]
    public void FilterOnAnUngatedField_NeedsTheCasesUngatedValues()
    {
        var c = OracleCase.Blank(Guid.NewGuid(), Guid.NewGuid());
        var keys = new OracleCaseKeys("W-0007", new DateTime(2025, 1, 1, 0, 7, 0, DateTimeKind.Utc), c.OwnerAgencyId, "W-1");

        Assert.Throws<ArgumentException>(() => FilterEvaluator.Evaluate(OracleFilter.Eq(UngatedFields.Reference, "W-0007"), c, DataCategory.None));
        Assert.True(FilterEvaluator.Matches(OracleFilter.Eq(UngatedFields.Reference, "W-0007"), c, DataCategory.None, keys));
        Assert.True(FilterEvaluator.Matches(OracleFilter.StartsWith(UngatedFields.OwnerCode, "w-"), c, DataCategory.None, keys));
        Assert.False(FilterEvaluator.Matches(new FieldFilter(UngatedFields.RegisteredOn, FilterOperator.Gt, keys.RegisteredOn), c, DataCategory.None, keys));
    }

    [Fact]
    public void SetQuantifiers_OnAnEmptySet_AllAndNoneHold_SomeDoesNot()
    {
        var c = OracleCase.Blank(Guid.NewGuid(), Guid.NewGuid());

        Assert.True(FilterEvaluator.Matches(OracleFilter.Set("servicesNeeded", SetQuantifier.All, FilterOperator.Eq, Service.Shelter), c, DataCategory.Assistance));
        Assert.True(FilterEvaluator.Matches(OracleFilter.Set("servicesNeeded", SetQuantifier.None, FilterOperator.Eq, Service.Shelter), c, DataCategory.Assistance));
        Assert.False(FilterEvaluator.Matches(OracleFilter.Set("servicesNeeded", SetQuantifier.Some, FilterOperator.Neq, null), c, DataCategory.Assistance));
        Assert.Null(FilterEvaluator.Evaluate(OracleFilter.Set("servicesNeeded", SetQuantifier.All, FilterOperator.Eq, Service.Shelter), c, DataCategory.Demographic));
    }
}
