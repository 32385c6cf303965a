using Hub.Api.Tests.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Statistics;

/// <summary>Each case gets a random record key when it is registered (the cell-key method's), and
/// keeps it through every update.</summary>
public sealed class RecordKeyTests(WriteHub hub) : IClassFixture<WriteHub>
{
    private readonly Writer _writer = new(hub, hub.CreateClient());

    [Fact]
    public async Task Registered_cases_draw_their_record_keys_at_random_and_keep_them()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 24; i++)
        {
            ids.Add(Guid.Parse(await _writer.RegisterCaseAsync()));
        }

        var keys = await hub.WithDbAsync(db => db.Cases.Where(c => ids.Contains(c.Id)).Select(c => c.RecordKey).ToListAsync());

        Assert.True(keys.Distinct().Count() > 8, string.Join(",", keys));
    }
}
