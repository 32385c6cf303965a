using Hub.Api.Options;
using Hub.Api.Statistics;

namespace Hub.Api.Tests.Statistics;

/// <summary>DESIGN rule 11, the protection itself: suppression under k, bounded and unbiased
/// perturbation that is the same for the same cell, and differences of published counts that do not
/// give a true count back.</summary>
public sealed class CellKeyMethodTests
{
    private static readonly CellKeyMethod Method = new(new StatisticsOptions());

    [Fact]
    public void A_cell_under_k_is_suppressed_whatever_its_key()
    {
        Assert.All(Enumerable.Range(0, 5), n => Assert.All(Enumerable.Range(0, 256), key => Assert.Null(Method.Publish(n, key))));
        Assert.All(Enumerable.Range(7, 100), n => Assert.All(Enumerable.Range(0, 256), key => Assert.NotNull(Method.Publish(n, key))));
    }

    [Fact]
    public void No_published_count_is_below_k_so_none_pins_a_true_count_at_k()
    {
        // Were a cell of 5 moved down to 3 published, 3 could only mean 5.
        for (var n = 5; n < 7; n++)
        {
            var published = Enumerable.Range(0, 256).Select(key => Method.Publish(n, key)).ToList();
            Assert.All(published.OfType<int>(), value => Assert.True(value >= 5));
            Assert.Contains(null, published);
        }

        // A published 5 or 6 could come from several true counts.
        var sources = Enumerable.Range(5, 10).SelectMany(n => Enumerable.Range(0, 256).Select(key => (n, value: Method.Publish(n, key))))
            .Where(x => x.value is 5 or 6).GroupBy(x => x.value).ToDictionary(g => g.Key!.Value, g => g.Select(x => x.n).Distinct().Count());
        Assert.True(sources[5] >= 3 && sources[6] >= 3, string.Join(", ", sources));
    }

    [Fact]
    public void Every_published_count_is_within_the_largest_adjustment_and_never_below_zero()
    {
        for (var n = 5; n < 3000; n++)
        {
            for (var key = 0; key < 256; key++)
            {
                var published = Method.Publish(n, key) ?? n;
                Assert.InRange(published, Math.Max(1, n - Method.MaximumAdjustment), n + Method.MaximumAdjustment);
            }
        }
    }

    [Fact]
    public void Over_the_keys_the_adjustments_of_every_count_sum_to_nothing()
    {
        Assert.All(Enumerable.Range(5, 3000), n => Assert.Equal(0, Enumerable.Range(0, 256).Sum(key => Method.Adjustment(n, key))));
        Assert.InRange(Enumerable.Range(0, 256).Count(key => Method.Adjustment(100, key) != 0), 100, 156);
    }

    [Fact]
    public void The_same_cell_gets_the_same_answer()
    {
        var first = Enumerable.Range(5, 500).Select(n => Method.Publish(n, n * 31 % 256)).ToList();
        var again = new CellKeyMethod(new StatisticsOptions());

        Assert.Equal(first, Enumerable.Range(5, 500).Select(n => again.Publish(n, n * 31 % 256)));
    }

    [Fact]
    public void The_difference_of_two_cells_one_person_apart_does_not_say_it_is_one_person()
    {
        // A cell of n people with key c, and the same cell with one more person of key p.
        var differences = new Dictionary<int, int>();
        foreach (var n in new[] { 7, 8, 17, 250, 1000 })
        {
            for (var c = 0; c < 256; c++)
            {
                for (var p = 0; p < 256; p += 7)
                {
                    var difference = Method.Publish(n + 1, (c + p) % 256)!.Value - Method.Publish(n, c)!.Value;
                    differences[difference] = differences.GetValueOrDefault(difference) + 1;
                }
            }
        }

        var total = differences.Values.Sum();
        Assert.True(differences.Count >= 5, string.Join(", ", differences));
        Assert.InRange(differences.GetValueOrDefault(1) / (double)total, 0, 0.5);
    }

    [Fact]
    public void Only_the_rare_pairs_of_extreme_adjustments_tell_for_sure_whether_one_person_is_in_a_cell()
    {
        // With a bounded adjustment, a difference of 1 + 2 x 2 between a cell with and without one
        // person can only come from that person being in it (and -4 only from not): the residual
        // risk of any bounded method. The default table makes it rare, about (13/256)^2 each.
        var (certain, all) = (0, 0);
        foreach (var n in new[] { 7, 8, 17, 250, 1000 })
        {
            for (var c = 0; c < 256; c++)
            {
                for (var p = 0; p < 256; p++)
                {
                    var with = Method.Publish(n + 1, (c + p) % 256)!.Value - Method.Publish(n, c)!.Value;
                    var without = Method.Publish(n, c)!.Value - Method.Publish(n, (c + p) % 256)!.Value;
                    certain += (with == 5 ? 1 : 0) + (without == -4 ? 1 : 0);
                    all += 2;
                }
            }
        }

        Assert.InRange(certain / (double)all, 0, 0.01);
    }

    [Fact]
    public void Two_populations_give_a_cell_unrelated_adjustments()
    {
        // A tracker compares a question with the same question over one more person: were the cells
        // that person is not in published as before, the one that changed would name the person's
        // values. Across populations a cell's adjustment is drawn afresh: it stays the same about as
        // often as two independent draws from the table agree (a third of the time).
        var (same, all) = (0, 0);
        for (var cell = 0; cell < 256; cell++)
        {
            for (var population = 1; population < 256; population++)
            {
                same += Method.Adjustment(40, cell, 0) == Method.Adjustment(40, cell, population) ? 1 : 0;
                all++;
            }
        }

        Assert.InRange(same / (double)all, 0.25, 0.45);
    }

    [Fact]
    public void A_total_minus_its_parts_does_not_give_back_a_suppressed_part()
    {
        // Parts of 3 (suppressed), 40 and 57 people; the total of 100 is published too.
        var exact = 0;
        for (var key = 0; key < 256; key++)
        {
            var (small, middle, large) = (key, (key * 7) + 3, (key * 13) + 5);
            var total = Method.Publish(100, (small + middle + large) % 256)!.Value;
            var recovered = total - Method.Publish(40, middle % 256)!.Value - Method.Publish(57, large % 256)!.Value;
            exact += recovered == 3 ? 1 : 0;
        }

        Assert.InRange(exact, 0, 128);
    }

    [Fact]
    public void Counts_may_be_rounded_to_a_resolution()
    {
        var method = new CellKeyMethod(new StatisticsOptions { Resolution = 5 });

        Assert.All(Enumerable.Range(5, 400), n => Assert.Equal(0, method.Publish(n, n % 256)!.Value % 5));
    }

    [Theory]
    [InlineData(new[] { 128, 51, 13 }, 5, 1, true)]
    [InlineData(new[] { 256, 0 }, 5, 1, false)]
    [InlineData(new[] { 256, 0, 0 }, 5, 1, false)]
    [InlineData(new[] { 254, 1, 0 }, 5, 1, false)]
    [InlineData(new[] { 192, 32 }, 5, 1, true)]
    [InlineData(new[] { 128, 64, 0 }, 2, 1, true)]
    [InlineData(new[] { 128, 64 }, 5, 1, true)]
    [InlineData(new[] { 100, 51, 13 }, 5, 1, false)]
    [InlineData(new[] { 256 }, 5, 1, false)]
    [InlineData(new[] { 128, 51, 13 }, 2, 1, false)]
    [InlineData(new[] { 128, 51, 13 }, 5, 0, false)]
    [InlineData(new[] { 300, -22 }, 5, 1, false)]
    public void Settings_that_cannot_protect_are_refused(int[] adjustments, int k, int resolution, bool valid) =>
        Assert.Equal(valid, new StatisticsOptions { Adjustments = adjustments, MinimumCellSize = k, Resolution = resolution }.Fault() is null);
}
