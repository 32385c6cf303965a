using System.Linq.Expressions;
using System.Reflection;
using Hub.Api.GraphQL.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Paging;

/// <summary>Keyset paging in the database: the cursor's key values become a WHERE condition on
/// the ordering keys (never an OFFSET), so pages stay stable while rows are inserted.</summary>
internal static class KeysetPager
{
    /// <summary>A page of <paramref name="source"/>. When <paramref name="parts"/> are given, they
    /// are disjoint and together make up <paramref name="source"/>: each is paged on its own, so
    /// that each can use its own index, and the database merges the pages.</summary>
    public static async Task<Page<TRow>> PageAsync<T, TRow>(
        IQueryable<T> source,
        IReadOnlyList<OrderKey<T>> ordering,
        Expression<Func<T, TRow>> projection,
        PageRequest page,
        CancellationToken cancellationToken,
        IReadOnlyList<IQueryable<T>>? parts = null)
    {
        if (ordering.Count is 0 or > Keyed<TRow>.MaxKeys)
        {
            throw new ArgumentOutOfRangeException(nameof(ordering), $"1 to {Keyed<TRow>.MaxKeys} keys.");
        }

        var signature = typeof(T).Name + ":" + string.Join(',', ordering.Select(k => k.Name + (k.Descending ? " desc" : " asc")));
        var keys = page.Backward ? ordering.Select(k => k.Reversed()).ToList() : ordering;
        var after = page.Cursor is null ? null : After(keys, new CursorValues(page.Cursors.Open(page.Cursor, signature, ordering.Select(k => k.KeyType).ToList())));
        IQueryable<T> Remaining(IQueryable<T> query) => after is null ? query : query.Where(after);

        var query = parts is { Count: > 1 }
            ? parts.Select(part => Order(Remaining(part), keys).Take(page.Size + 1)).Aggregate(Queryable.Concat)
            : Remaining(source);
        // first: 0 still reads one row, to say whether any follow.
        var rows = await Order(query, keys).Select(WithKeys(projection, keys)).Take(page.Size + 1).ToListAsync(cancellationToken);
        var more = rows.Count > page.Size;
        var items = rows.Take(page.Size).Select(r => new PageEdge<TRow>(page.Cursors.Seal(signature, r.Keys()[..ordering.Count]), r.Row)).ToList();
        if (page.Backward)
        {
            items.Reverse();
        }

        // The side away from the cursor is known exactly (one extra row was read); the side behind
        // it is reported as "there was a cursor", which Relay allows and which costs no query.
        return new Page<TRow>(items,
            hasNextPage: page.Backward ? page.Cursor is not null : more,
            hasPreviousPage: page.Backward ? more : page.Cursor is not null,
            countAsync: ct => source.CountAsync(ct),
            beyond: more ? rows[page.Size].Row : default);
    }

    private static IQueryable<T> Order<T>(IQueryable<T> query, IReadOnlyList<OrderKey<T>> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var name = (i == 0 ? "OrderBy" : "ThenBy") + (keys[i].Descending ? "Descending" : "");
            var method = QueryableMethods[name].MakeGenericMethod(typeof(T), keys[i].KeyType);
            query = (IQueryable<T>)method.Invoke(null, [query, keys[i].Selector])!;
        }

        return query;
    }

    // k1 >= v1 AND (k1 > v1 OR (k2 >= v2 AND (k2 > v2 OR ...))): the leading comparison lets
    // PostgreSQL use the index as a range condition, which the plain OR form does not.
    private static Expression<Func<T, bool>> After<T>(IReadOnlyList<OrderKey<T>> keys, CursorValues values)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        Expression? condition = null;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var key = ParameterReplacer.Inline(keys[i].Selector, parameter);
            var value = Expression.Convert(
                Expression.ArrayIndex(Expression.Property(Expression.Constant(values), nameof(CursorValues.Values)), Expression.Constant(i)),
                keys[i].KeyType);
            var strictly = Compare(key, value, keys[i].Descending, strict: true);
            condition = condition is null
                ? strictly
                : Expression.AndAlso(Compare(key, value, keys[i].Descending, strict: false), Expression.OrElse(strictly, condition));
        }

        return Expression.Lambda<Func<T, bool>>(condition!, parameter);
    }

    private static BinaryExpression Compare(Expression key, Expression value, bool descending, bool strict)
    {
        if (key.Type == typeof(string))
        {
            // Strings have no < in C#; EF translates string.Compare(a, b) against 0 into a < b.
            key = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, key, value);
            value = Expression.Constant(0);
        }

        return (descending, strict) switch
        {
            (false, true) => Expression.GreaterThan(key, value),
            (false, false) => Expression.GreaterThanOrEqual(key, value),
            (true, true) => Expression.LessThan(key, value),
            (true, false) => Expression.LessThanOrEqual(key, value),
        };
    }

    private static Expression<Func<T, Keyed<TRow>>> WithKeys<T, TRow>(Expression<Func<T, TRow>> projection, IReadOnlyList<OrderKey<T>> keys)
    {
        var parameter = projection.Parameters[0];
        var bindings = new List<MemberBinding> { Expression.Bind(typeof(Keyed<TRow>).GetProperty(nameof(Keyed<TRow>.Row))!, projection.Body) };
        for (var i = 0; i < keys.Count; i++)
        {
            var key = ParameterReplacer.Inline(keys[i].Selector, parameter);
            bindings.Add(Expression.Bind(typeof(Keyed<TRow>).GetProperty("K" + i)!, Expression.Convert(key, typeof(object))));
        }

        return Expression.Lambda<Func<T, Keyed<TRow>>>(Expression.MemberInit(Expression.New(typeof(Keyed<TRow>)), bindings), parameter);
    }

    private static readonly Dictionary<string, MethodInfo> QueryableMethods = typeof(Queryable).GetMethods()
        .Where(m => m.Name is "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" && m.GetParameters().Length == 2)
        .ToDictionary(m => m.Name);

    /// <summary>Holds the cursor's values so that EF sends them as parameters: one SQL text per ordering.</summary>
    private sealed class CursorValues(object?[] values)
    {
        public object?[] Values { get; } = values;
    }

    private sealed class Keyed<TRow>
    {
        public const int MaxKeys = 4;
        public TRow Row { get; init; } = default!;
        public object? K0 { get; init; }
        public object? K1 { get; init; }
        public object? K2 { get; init; }
        public object? K3 { get; init; }

        public object?[] Keys() => [K0, K1, K2, K3];
    }
}
