using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Options;
using Hub.Api.Statistics;
using Hub.Api.Tests.Access.Oracle;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using static Hub.Api.Tests.Statistics.StatisticsWorld;

namespace Hub.Api.Tests.Statistics;

/// <summary>Referral statistics on <see cref="StatisticsWorld"/> with referrals: only referrals of
/// cases the caller may count whose assistance it may count, and a cell is published only when it
/// holds k people, however many referrals they had.</summary>
public sealed class ReferralStatisticsTests(EmptyHub hub) : IClassFixture<EmptyHub>, IAsyncLifetime
{
    private static readonly CellKeyMethod Method = new(new StatisticsOptions());

    private readonly HttpClient _client = hub.CreateClient();
    private readonly WorldStore _store = new(hub);
    private OracleWorld _world = null!;

    public async Task InitializeAsync()
    {
        var world = StatisticsWorld.Build(hub.Now);
        var referrals = new List<OracleReferral>();
        void Refer(int caseIndex, Guid from, Guid to, ReferralStatus status, int daysAgo) =>
            referrals.Add(new OracleReferral(Guid.NewGuid(), CaseId(caseIndex), from, to, status, hub.Now.AddDays(-daysAgo)) { Purpose = Purpose.Assistance });

        // The owner refers six of its cases once each, accepted, and case 6 five times, declined.
        for (var i = 0; i < 6; i++)
        {
            Refer(i, Owner, OtherNgo, ReferralStatus.Accepted, 3 + i);
        }

        for (var i = 0; i < 5; i++)
        {
            Refer(6, Owner, OtherNgo, ReferralStatus.Declined, 10 + i);
        }

        // The other NGO refers the four cases it shares with Nigerian NGOs (all categories), and the
        // seven it shares with the ministry for DEMOGRAPHIC data only.
        for (var i = 18; i < 29; i++)
        {
            Refer(i, OtherNgo, Owner, ReferralStatus.Pending, 1);
        }

        _world = world with { Referrals = referrals };
        await _store.ReplaceAsync(_world);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonNode> CountAsync(Guid agency, string arguments)
    {
        var token = TestTokens.Mint(hub, new TokenSpec { TenantId = _store.TenantOf[agency], Roles = [HubRoles.StatisticsRead] });
        var response = await _client.PostAsync($"{{ referralStatistics{arguments} {{ counts cells {{ dimensions {{ value }} value suppressed }} total {{ value suppressed }} }} }}", token);
        Assert.True(response.Status == HttpStatusCode.OK && response.Json["errors"] is null, response.Body);
        return response.Data!["referralStatistics"]!;
    }

    // Cases 18 to 21: the other NGO's, shared with every Nigerian NGO for statistics, all categories.
    private static bool SharedWithNgos(OracleCase c) => Enumerable.Range(18, 4).Select(CaseId).Contains(c.Id);

    // The published count of a cell of referrals (the people referred) in a question over the population given.
    private int? Expected(IEnumerable<OracleReferral> cell, IEnumerable<OracleReferral> population)
    {
        long Keys(List<OracleReferral> referrals) => referrals.Sum(r => (long)_world.Cases.Single(c => c.Id == r.CaseId).RecordKey);
        var (list, all) = (cell.ToList(), population.ToList());
        return Method.Publish(list.Select(r => r.CaseId).Distinct().Count(), (int)(Keys(list) % 256),
            CellKeyMethod.PopulationKey(all.Select(r => r.CaseId).Distinct().Count(), Keys(all)));
    }

    [Fact]
    public async Task The_owner_counts_its_referrals_and_those_of_cases_shared_with_it_including_assistance()
    {
        var table = await CountAsync(Owner, "(groupBy: [REFERRAL_STATUS])");

        Assert.Equal("REFERRALS", table["counts"]!.GetValue<string>());
        var countable = _world.Referrals.Where(r => _world.Cases.Single(c => c.Id == r.CaseId) is var c
            && (c.OwnerAgencyId == Owner || SharedWithNgos(c))).ToList();
        Assert.Equal(15, countable.Count);
        var cells = table["cells"]!.AsArray().ToDictionary(c => c!["dimensions"]![0]!["value"]!.GetValue<string>(), c => c!["value"]?.GetValue<int>());
        Assert.Equal(["ACCEPTED"], cells.Keys);
        Assert.Equal(Expected(countable.Where(r => r.Status == ReferralStatus.Accepted), countable), cells["ACCEPTED"]);
        Assert.Equal(Expected(countable, countable), table["total"]!["value"]!.GetValue<int>());
    }

    [Fact]
    public async Task Five_referrals_of_one_person_are_one_person_referred_and_are_suppressed()
    {
        var table = await CountAsync(Owner, "(groupBy: [REFERRAL_STATUS])");

        // The five declined referrals of one person, and the four shared cases' pending referrals
        // (four people), are suppressed: not listed.
        Assert.Equal(["ACCEPTED"], table["cells"]!.AsArray().Select(c => c!["dimensions"]![0]!["value"]!.GetValue<string>()));
        var declined = _world.Referrals.Where(r => r.Status == ReferralStatus.Declined).ToList();
        Assert.Equal(5, declined.Count);
        Assert.Null(Expected(declined, declined));
    }

    [Fact]
    public async Task A_consent_without_assistance_counts_no_referral()
    {
        // The ministry may count seven cases (DEMOGRAPHIC), each referred once: none of it.
        var table = await CountAsync(Ministry, "(groupBy: [SEX])");
        Assert.Empty(table["cells"]!.AsArray());
        Assert.True(table["total"]!["suppressed"]!.GetValue<bool>());

        Assert.Empty((await CountAsync(Lonely, "(groupBy: [SERVICE_REFERRED, YEAR_OF_REFERRAL])"))["cells"]!.AsArray());
    }

    [Fact]
    public async Task Referrals_group_by_their_own_record_and_by_their_cases()
    {
        var table = await CountAsync(Owner, "(groupBy: [SERVICE_REFERRED, PURPOSE, SEX])");
        var cells = table["cells"]!.AsArray().Select(c => string.Join("/", c!["dimensions"]!.AsArray().Select(d => d!["value"]?.GetValue<string>()))).ToList();
        Assert.Equal(["SHELTER/ASSISTANCE/FEMALE"], cells);

        var women = _world.Referrals.Where(r => _world.Cases.Single(c => c.Id == r.CaseId) is var c && c.Demographic.Sex == Sex.Female
            && (c.OwnerAgencyId == Owner || SharedWithNgos(c)));
        var countable = _world.Referrals.Where(r => _world.Cases.Single(c => c.Id == r.CaseId) is var c && (c.OwnerAgencyId == Owner || SharedWithNgos(c)));
        Assert.Equal(Expected(women, countable), table["cells"]![0]!["value"]?.GetValue<int>());
    }

    [Fact]
    public async Task The_referral_filters_narrow_the_count()
    {
        var table = await CountAsync(Owner, "(where: { status: { eq: ACCEPTED } })");
        var accepted = _world.Referrals.Where(r => r.Status == ReferralStatus.Accepted).ToList();
        Assert.Equal(Expected(accepted, accepted), table["total"]!["value"]!.GetValue<int>());
    }
}
