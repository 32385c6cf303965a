namespace Hub.Data.Seeding;

/// <summary>The one source of randomness of the demo data. A seeded <see cref="Random"/> keeps its
/// legacy algorithm across .NET versions, so a seed gives the same data on every machine; only
/// IEEE-exact arithmetic is used on its doubles for the same reason.</summary>
internal sealed class SeedRandom(int seed)
{
    private readonly Random random = new(seed);

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => random.Next(minInclusive, maxExclusive);

    public double NextDouble() => random.NextDouble();

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A version-4 shaped Guid, so ids look like the ones the API creates.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>An instant in [from, to), in whole seconds so that every provider stores it exactly.</summary>
    public DateTime Between(DateTime from, DateTime to)
    {
        var seconds = (long)((to - from).TotalSeconds * random.NextDouble());
        return DateTime.SpecifyKind(from.AddSeconds(seconds), DateTimeKind.Utc);
    }

    /// <summary>Picks <paramref name="count"/> distinct items, in the order drawn.</summary>
    public List<T> Distinct<T>(IReadOnlyList<T> items, int count)
    {
        var pool = new List<T>(items);
        var picked = new List<T>(Math.Min(count, pool.Count));
        while (picked.Count < count && pool.Count > 0)
        {
            var index = random.Next(pool.Count);
            picked.Add(pool[index]);
            pool.RemoveAt(index);
        }

        return picked;
    }
}
