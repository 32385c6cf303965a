using GraphQL;

namespace Hub.Api.GraphQL.Loading;

/// <summary>The batch loaders of one request, by name. Loaders whose query depends on the
/// selection are named after the field's path without list indexes, which every item of a list
/// shares.</summary>
internal sealed class RequestLoaders
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<BatchLoader<TKey, TValue>> create) where TKey : notnull
    {
        if (!_loaders.TryGetValue(name, out var loader))
        {
            loader = create();
            _loaders[name] = loader;
        }

        return (BatchLoader<TKey, TValue>)loader;
    }

    public static string PathOf(IResolveFieldContext context) =>
        string.Join('.', context.ResponsePath.Where(p => p is string));
}
