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
        Assert.NotNull(Method.Publish(5, 0));
    }

    [Fact]
    public void Every_published_count_is_within_the_largest_adjustment_and_never_below_zero()
    {
        for (var n = 5; n < 3000; n++)
        {
            for (var key = 0; key < 256; key++)
            {
                var published = Method.Publish(n, key)!.Value;
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
        foreach (var n in new[] { 5, 6, 17, 250, 1000 })
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
    [InlineData(new[] { 256, 0 }, 5, 1, true)]
    [InlineData(new[] { 128, 64 }, 5, 1, true)]
    [InlineData(new[] { 100, 51, 13 }, 5, 1, false)]
    [InlineData(new[] { 256 }, 5, 1, false)]
    [InlineData(new[] { 128, 51, 13 }, 2, 1, false)]
    [InlineData(new[] { 128, 51, 13 }, 5, 0, false)]
    [InlineData(new[] { 300, -22 }, 5, 1, false)]
    public void Settings_that_cannot_protect_are_refused(int[] adjustments, int k, int resolution, bool valid) =>
        Assert.Equal(valid, new StatisticsOptions { Adjustments = adjustments, MinimumCellSize = k, Resolution = resolution }.Fault() is null);
}
