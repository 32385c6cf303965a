namespace Hub.Api.Writes;

/// <summary>Applies the fields an input sets to an object and remembers which of them it changed:
/// a value sent as it already is changes nothing, so that a write that sends what is there makes
/// no new version and no audit row. The names are the input's field paths, dotted.</summary>
internal sealed class FieldChanges
{
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public bool Any => _names.Count > 0;

    /// <summary>Sets <paramref name="next"/> through <paramref name="set"/> when it differs from <paramref name="current"/>.</summary>
    public void Set<T>(string name, T current, T next, Action<T> set)
    {
        if (!EqualityComparer<T>.Default.Equals(current, next))
        {
            set(next);
            _names.Add(name);
        }
    }

    /// <summary>Replaces a set of rows when the keys it is made of differ, order aside.</summary>
    public void Replace<TRow, TKey>(string name, ICollection<TRow> rows, IReadOnlyCollection<TKey> next, Func<TRow, TKey> key, Func<TKey, TRow> create)
    {
        var current = rows.Select(key).ToHashSet();
        if (current.SetEquals(next) && current.Count == next.Count)
        {
            return;
        }

        rows.Clear();
        foreach (var item in next)
        {
            rows.Add(create(item));
        }

        _names.Add(name);
    }
}
