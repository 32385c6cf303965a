using GraphQL;
using Hub.Api.GraphQL.Paging;

namespace Hub.Api.GraphQL.Ordering;

/// <summary>Turns an <c>order</c> argument into keyset keys; a unique key always ends the list so
/// that every cursor points at exactly one item.</summary>
internal static class OrderTranslator
{
    private const int MaxKeys = 3;

    public static IReadOnlyList<OrderKey<T>> Translate<T>(object? order, IReadOnlyList<OrderField<T>> fields, IReadOnlyList<OrderKey<T>> defaults, OrderKey<T> unique)
    {
        var keys = new List<OrderKey<T>>();
        foreach (var element in order as IEnumerable<object?> ?? [])
        {
            if (element is not IDictionary<string, object?> { Count: 1 } single || single.First().Value is not bool descending)
            {
                throw new ExecutionError("Each element of 'order' sets exactly one field to ASC or DESC.") { Code = ErrorCodes.InvalidOrder };
            }

            keys.Add(fields.Single(f => f.Name == single.First().Key).Key(descending));
        }

        if (keys.Count > MaxKeys)
        {
            throw new ExecutionError($"Order by at most {MaxKeys} keys.") { Code = ErrorCodes.InvalidOrder };
        }

        if (keys.Count == 0)
        {
            keys.AddRange(defaults);
        }

        keys = keys.DistinctBy(k => k.Name).ToList();
        if (keys.All(k => k.Name != unique.Name))
        {
            // The tie-breaker runs the way the last key does, so that one index, read forward or
            // backward, serves the whole ordering and the database never sorts to find a page.
            keys.Add(keys.Count > 0 && keys[^1].Descending ? unique.Reversed() : unique);
        }

        return keys;
    }
}
