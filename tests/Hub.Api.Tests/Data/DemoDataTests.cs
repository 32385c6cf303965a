using Hub.Api.Tests.Infrastructure;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Data;

/// <summary>The demo data is generated as of the Hub's day: as fresh on any day, and the same on
/// the same day. Checked on a Hub at the run's clock and on one two years later.</summary>
public abstract class DemoDataTests(HubFactory hub)
{
    public sealed class Today(HubFactory hub) : DemoDataTests(hub), IClassFixture<HubFactory>
    {
        protected override HubFactory Twin() => new();
    }

    public sealed class TwoYearsAhead(HubTwoYearsAhead hub) : DemoDataTests(hub), IClassFixture<HubTwoYearsAhead>
    {
        protected override HubFactory Twin() => new HubTwoYearsAhead();
    }

    /// <summary>Another Hub on the same clock, seeded on its own.</summary>
    protected abstract HubFactory Twin();

    [Fact]
    public async Task DemoData_IsDatedUpToTheDayItIsGenerated()
    {
        var now = hub.Now;
        var today = DateOnly.FromDateTime(now);

        var (newestCase, newestReferral, consents, projects) = await hub.WithDbAsync(async db => (
            await db.Cases.MaxAsync(c => c.RegisteredOn),
            await db.Referrals.MaxAsync(r => r.ReferredOn),
            await db.Consents.AsNoTracking().ToListAsync(),
            await db.Projects.AsNoTracking().ToListAsync()));

        Assert.InRange(newestCase, now.AddDays(-30), now);
        Assert.InRange(newestReferral, now.AddDays(-60), now);
        Assert.All(consents, k => Assert.True(k.GrantedOn <= now && (k.RevokedOn is null || k.RevokedOn <= now)));
        var active = consents.Count(k => k.ExpiresOn > now && k.RevokedOn is null);
        Assert.True(active > consents.Count * 3 / 4, $"Only {active} of {consents.Count} demo consents are active at {now:O}.");
        Assert.All(projects.Where(p => p.Status == ProjectStatus.Ongoing), p => Assert.InRange(today, p.StartsOn, p.EndsOn));
        Assert.All(projects.Where(p => p.Status == ProjectStatus.Completed), p => Assert.True(p.EndsOn < today));
        Assert.All(projects.Where(p => p.Status == ProjectStatus.Planned), p => Assert.True(p.StartsOn > today));
        Assert.Contains(projects, p => p.Status == ProjectStatus.Ongoing);
        Assert.Contains(projects, p => p.Status == ProjectStatus.Planned);
    }

    [Fact]
    public async Task DemoCases_CarryRecordKeysSpreadOverTheirRange()
    {
        var keys = await hub.WithDbAsync(db => db.Cases.GroupBy(c => c.RecordKey / 64).Select(g => g.Count()).ToListAsync());

        // Four quarters of 0-255, each holding some of the 300 cases.
        Assert.Equal(4, keys.Count);
        Assert.All(keys, n => Assert.InRange(n, 30, 120));
    }

    [Fact]
    public async Task SameDay_GivesTheSameData()
    {
        await using var twin = Twin();

        Assert.Equal(await RowsAsync(hub), await RowsAsync(twin));
    }

    private static Task<List<string>> RowsAsync(HubFactory hub) => hub.WithDbAsync(async (HubDbContext db) => new List<string>(
    [
        .. (await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Reference, c.RegisteredOn, c.OwnerAgencyId, c.DateOfBirth }).ToListAsync()).Select(r => $"{r}"),
        .. (await db.Consents.AsNoTracking().OrderBy(k => k.Id).Select(k => new { k.Id, k.CaseId, k.Purpose, k.Categories, k.GrantedOn, k.ExpiresOn, k.RevokedOn }).ToListAsync()).Select(r => $"{r}"),
        .. (await db.Referrals.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.Status, r.ReferredOn, r.RespondedOn, r.ClosedOn, r.ProjectId }).ToListAsync()).Select(r => $"{r}"),
        .. (await db.Projects.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.Status, p.StartsOn, p.EndsOn }).ToListAsync()).Select(r => $"{r}"),
        .. (await db.CapacityBuildingActivities.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.StartsOn, a.EndsOn }).ToListAsync()).Select(r => $"{r}"),
    ]));
}
