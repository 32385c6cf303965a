using GraphQL;
using GraphQL.DataLoader;
using Hub.Data;

namespace Hub.Api.GraphQL.Loading;

internal static class LoaderExtensions
{
    /// <summary>Loads <paramref name="key"/> through the request's loader called <paramref name="name"/>.</summary>
    public static IDataLoaderResult<TValue> Load<TKey, TValue>(this IResolveFieldContext context, string name, TKey key, TValue missing,
        Func<HubDbContext, IReadOnlyList<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch) where TKey : notnull
    {
        var db = context.RequestServices!.GetRequiredService<HubDbContext>();
        return context.HubContext().Loaders.Get(name, () => new BatchLoader<TKey, TValue>((keys, ct) => fetch(db, keys, ct), missing)).Load(key);
    }

    public static HubDbContext Db(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<HubDbContext>();
}
