namespace Hub.Data.Seeding;

/// <summary>A fixed discrete distribution: the realistic proportions of the demo data live in these.</summary>
internal sealed class Weighted<T>
{
    private readonly T[] values;
    private readonly double[] cumulative;

    public Weighted(IEnumerable<(T Value, double Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A distribution needs at least one positive weight.", nameof(entries));
        }

        values = [.. list.Select(e => e.Value)];
        cumulative = new double[list.Count];
        var total = 0d;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            cumulative[i] = total;
        }
    }

    public IReadOnlyList<T> Values => values;

    public T Pick(SeedRandom random)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return values[Math.Min(index, values.Length - 1)];
    }

    /// <summary>Up to <paramref name="count"/> distinct values, each drawn by weight among those left.</summary>
    public List<T> PickDistinct(SeedRandom random, int count)
    {
        var picked = new List<T>(count);
        for (var attempt = 0; picked.Count < count && attempt < count * 8; attempt++)
        {
            var value = Pick(random);
            if (!picked.Contains(value))
            {
                picked.Add(value);
            }
        }

        return picked;
    }
}

/// <summary>Builds <see cref="Weighted{T}"/> from short literal lists.</summary>
internal static class Weighted
{
    public static Weighted<T> Of<T>(params (T Value, double Weight)[] entries) => new(entries);
}
