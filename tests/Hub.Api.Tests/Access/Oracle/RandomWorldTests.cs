using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

public sealed class RandomWorldTests
{
    private static readonly Purpose[] Purposes = Enum.GetValues<Purpose>();

    [Fact]
    public void Generate_IsDeterministicPerSeed()
    {
        var a = RandomWorld.Generate(42);
        var b = RandomWorld.Generate(42);
        var c = RandomWorld.Generate(43);

        Assert.Equal(a.Agencies, b.Agencies);
        Assert.Equal(a.Consents, b.Consents);
        Assert.Equal(a.Cases.Select(x => x.Id), b.Cases.Select(x => x.Id));
        Assert.Equal(
            a.Cases.SelectMany(x => CaseFields.All.Select(f => Describe(CaseFields.Value(x, f)))),
            b.Cases.SelectMany(x => CaseFields.All.Select(f => Describe(CaseFields.Value(x, f)))));
        Assert.NotEqual(a.Agencies.Select(x => x.Id), c.Agencies.Select(x => x.Id));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Generate_StaysWithinBounds(int seed)
    {
        var w = RandomWorld.Generate(seed);

        Assert.InRange(w.Agencies.Count, 3, 8);
        Assert.InRange(w.Cases.Count, 5, 40);
        Assert.All(w.Cases, c => Assert.Contains(w.Agencies, a => a.Id == c.OwnerAgencyId));
        Assert.All(w.Cases.GroupJoin(w.Consents, c => c.Id, k => k.CaseId, (_, ks) => ks.Count()), n => Assert.InRange(n, 0, 4));
        Assert.All(w.Consents, k =>
        {
            Assert.NotEqual(DataCategory.None, k.Categories);
            Assert.True(k.GrantedOn < k.ExpiresOn);
            Assert.True(k.RevokedOn is null || k.RevokedOn >= k.GrantedOn);
            Assert.True(k.RecipientAgencyId is not null ^ (k.RecipientKind is not null && k.RecipientCountryCode is not null));
        });
        Assert.All(w.Cases, c => Assert.Empty(c.Assistance.ServicesReceived.Except(c.Assistance.ServicesNeeded)));
        Assert.NotEmpty(w.Callers);
    }

    [Fact]
    public void Generate_ProducesEveryConsentStateAndSomeSuspension()
    {
        var worlds = Enumerable.Range(0, 20).Select(RandomWorld.Generate).ToList();
        var consents = worlds.SelectMany(w => w.Consents.Select(k => (k, w.ReferenceTime))).ToList();

        Assert.Contains(consents, x => DisclosureOracle.IsActive(x.k, x.ReferenceTime));
        Assert.Contains(consents, x => x.k.GrantedOn > x.ReferenceTime);
        Assert.Contains(consents, x => x.k.ExpiresOn <= x.ReferenceTime);
        Assert.Contains(consents, x => x.k.RevokedOn <= x.ReferenceTime && x.k.ExpiresOn > x.ReferenceTime);
        Assert.Contains(consents, x => x.k.RevokedOn > x.ReferenceTime);
        Assert.Contains(consents, x => x.k.RecipientKind is not null);
        Assert.Contains(worlds, w => w.Agencies.Any(a => a.Status == AgencyStatus.Suspended));
        Assert.Contains(worlds, w => w.Callers.Any(c => c.Roles.Count == 0));
        Assert.Contains(worlds.SelectMany(w => w.Cases), c => c.Demographic.Citizenship is null);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public void Oracle_AnswersAlikeWithinAnHourOfTheReferenceTime(int seed)
    {
        var w = RandomWorld.Generate(seed);

        foreach (var caller in w.Callers)
        {
            foreach (var p in Purposes)
            {
                Assert.Equal(
                    DisclosureOracle.VisibleCases(w, caller, p, w.ReferenceTime.AddMinutes(-59)),
                    DisclosureOracle.VisibleCases(w, caller, p, w.ReferenceTime.AddMinutes(59)));
                Assert.All(w.Cases, c => Assert.Equal(
                    DisclosureOracle.DisclosedCategories(w, caller, p, w.ReferenceTime.AddMinutes(-59), c),
                    DisclosureOracle.DisclosedCategories(w, caller, p, w.ReferenceTime.AddMinutes(59), c)));
            }
        }
    }

    [Fact]
    public void RandomWorlds_ShowSharedCasesToNonOwners()
    {
        var shared = Enumerable.Range(0, 10)
            .Select(RandomWorld.Generate)
            .Sum(w => w.Callers.Sum(caller => w.Cases.Count(c =>
                c.OwnerAgencyId != caller.AgencyId && DisclosureOracle.IsVisible(w, caller, Purpose.Assistance, w.ReferenceTime, c))));

        Assert.True(shared > 0);
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        System.Collections.IEnumerable list and not string => string.Join(',', list.Cast<object>()),
        _ => value.ToString() ?? string.Empty,
    };
}
