using Hub.Api.Tests.Infrastructure;
using Hub.Api.Writes;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Writes;

/// <summary>Idempotency keys are forgotten once they expire, and only then.</summary>
public sealed class IdempotencyPurgeTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task ThePurge_DeletesExpiredKeys_AndKeepsTheOthers()
    {
        var agency = await hub.WithDbAsync(db => db.Agencies.Where(a => a.Code == WellKnownAgencies.NigeriaShelter).Select(a => a.Id).SingleAsync());
        await hub.WithDbAsync(async db =>
        {
            db.IdempotencyRecords.AddRange(
                new IdempotencyRecord { OwnerId = agency, Key = "expired", Fingerprint = new string('a', 64), CreatedAt = hub.Now.AddHours(-25), ExpiresAt = hub.Now.AddHours(-1), Outcomes = "{}" },
                new IdempotencyRecord { OwnerId = agency, Key = "current", Fingerprint = new string('b', 64), CreatedAt = hub.Now.AddHours(-1), ExpiresAt = hub.Now.AddHours(23), Outcomes = "{}" });
            return await db.SaveChangesAsync();
        });

        var purged = await hub.Services.GetRequiredService<IdempotencyPurge>().PurgeAsync(CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Equal(["current"], await hub.WithDbAsync(db => db.IdempotencyRecords.Where(r => r.OwnerId == agency).Select(r => r.Key).ToListAsync()));
    }
}
