using Hub.Api.Access;
using Hub.Api.Identity;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Access;

/// <summary>The ways rule 2 is read must agree exactly, whichever the Hub picks for speed: the two
/// halves are disjoint and make up the visible cases, and the consented half is the same set
/// whether driven from the consents or probed case by case. Checked for every agency and purpose
/// of the demo data, generated today and two years later.</summary>
public abstract class VisibilityPlanTests(HubFactory hub)
{
    public sealed class Today(HubFactory hub) : VisibilityPlanTests(hub), IClassFixture<HubFactory>;

    public sealed class TwoYearsAhead(HubTwoYearsAhead hub) : VisibilityPlanTests(hub), IClassFixture<HubTwoYearsAhead>;

    [Fact]
    public async Task EveryWayOfReadingRule2_FindsTheSameCases()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Hub.Data.HubDbContext>();
        var agencies = await db.Agencies.AsNoTracking().ToListAsync();
        var now = hub.Now;
        var compared = 0;

        foreach (var agency in agencies)
        {
            var caller = new Caller(CallerStatus.Active, Guid.NewGuid().ToString(), "test", true, new HashSet<string> { HubRoles.CasesRead },
                new CallerAgency(agency.Id, agency.Code, agency.Kind, agency.CountryCode, agency.Status, false, agency.RoleCeiling));
            foreach (var purpose in Enum.GetValues<Purpose>())
            {
                var access = AccessScope.For(caller, purpose, now, db);
                async Task<HashSet<Guid>> IdsAsync(System.Linq.Expressions.Expression<Func<Case, AccessScope, bool>> rule) =>
                    [.. await db.Cases.AsNoTracking().Where(rule.For(access)).Select(c => c.Id).ToListAsync()];

                var visible = await IdsAsync(DisclosurePolicy.Visible);
                var owned = await IdsAsync(DisclosurePolicy.Owns);
                var driven = await IdsAsync(DisclosurePolicy.ConsentedToOthers);
                var probed = await IdsAsync(DisclosurePolicy.ConsentedToOthersProbed);
                var visibleProbed = await IdsAsync(DisclosurePolicy.VisibleProbed);

                Assert.Equal(driven, probed);
                Assert.Equal(visible, visibleProbed);
                Assert.Empty(owned.Intersect(driven));
                Assert.Equal(visible, owned.Union(driven).ToHashSet());
                compared += driven.Count;
            }
        }

        Assert.True(compared > 0, "The demo data names no agency in any consent.");
    }
}
