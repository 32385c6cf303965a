using GraphQL.DataLoader;

namespace Hub.Api.GraphQL.Loading;

/// <summary>Collects the keys every item of a list asks for and loads them in one query when the
/// first result is needed, so that the number of SQL commands does not grow with the page size.
/// One instance per request and per selection (see <see cref="RequestLoaders"/>); execution is
/// serial, so no locking.</summary>
internal sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly HashSet<TKey> _fetched = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        if (!_fetched.Contains(key))
        {
            _pending.Add(key);
        }

        return new Result(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            var keys = _pending.ToList();
            _pending.Clear();
            _fetched.UnionWith(keys);
            foreach (var (k, v) in await fetch(keys, cancellationToken))
            {
                _loaded[k] = v;
            }
        }

        return _loaded.TryGetValue(key, out var value) ? value : missing;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
