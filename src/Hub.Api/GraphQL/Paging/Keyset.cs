using System.Linq.Expressions;
using System.Reflection;
using Hub.Api.GraphQL.Expressions;

namespace Hub.Api.GraphQL.Paging;

/// <summary>A page request over one ordering of <typeparamref name="T"/>: the keys turned the way
/// the page reads, and the condition that keeps the items past its cursor (never an OFFSET, so
/// pages stay stable while rows are inserted). Its cursors are sealed for what the items are and
/// the ordering: a cursor of another field, another parent or another ordering does not open.</summary>
internal sealed class Keyset<T>
{
    private readonly string _signature;
    private readonly IReadOnlyList<OrderKey<T>> _ordering;
    private readonly Expression<Func<T, bool>>? _after;

    private Keyset(string signature, IReadOnlyList<OrderKey<T>> ordering, IReadOnlyList<OrderKey<T>> keys, PageRequest page, Expression<Func<T, bool>>? after)
    {
        _signature = signature;
        _ordering = ordering;
        _after = after;
        Keys = keys;
        Page = page;
    }

    public PageRequest Page { get; }

    /// <summary>The ordering in the direction the page is read: reversed when paging backward.</summary>
    public IReadOnlyList<OrderKey<T>> Keys { get; }

    /// <summary>The keyset of <paramref name="page"/> over <paramref name="ordering"/> among the items
    /// <paramref name="of"/> names (<c>Referral</c>, or <c>Referral of</c> a case); opening its cursor
    /// is INVALID_CURSOR when the cursor was not made for these.</summary>
    public static Keyset<T> Open(string of, IReadOnlyList<OrderKey<T>> ordering, PageRequest page)
    {
        if (ordering.Count is 0 or > Keyed<T>.MaxKeys)
        {
            throw new ArgumentOutOfRangeException(nameof(ordering), $"1 to {Keyed<T>.MaxKeys} keys.");
        }

        var signature = of + ":" + string.Join(',', ordering.Select(k => k.Name + (k.Descending ? " desc" : " asc")));
        var keys = page.Backward ? ordering.Select(k => k.Reversed()).ToList() : ordering;
        var after = page.Cursor is null ? null : After(keys, new CursorValues(page.Cursors.Open(page.Cursor, signature, [.. ordering.Select(k => k.KeyType)])));
        return new Keyset<T>(signature, ordering, keys, page, after);
    }

    /// <summary>The items of <paramref name="query"/> past the cursor.</summary>
    public IQueryable<T> Remaining(IQueryable<T> query) => _after is null ? query : query.Where(_after);

    public IQueryable<T> Order(IQueryable<T> query)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            var name = (i == 0 ? "OrderBy" : "ThenBy") + (Keys[i].Descending ? "Descending" : "");
            var method = QueryableMethods[name].MakeGenericMethod(typeof(T), Keys[i].KeyType);
            query = (IQueryable<T>)method.Invoke(null, [query, Keys[i].Selector])!;
        }

        return query;
    }

    /// <summary>The projection extended with the values of the ordering keys.</summary>
    public Expression<Func<T, Keyed<TRow>>> WithKeys<TRow>(Expression<Func<T, TRow>> projection)
    {
        var parameter = projection.Parameters[0];
        var bindings = new List<MemberBinding> { Expression.Bind(typeof(Keyed<TRow>).GetProperty(nameof(Keyed<TRow>.Row))!, projection.Body) };
        for (var i = 0; i < Keys.Count; i++)
        {
            var key = ParameterReplacer.Inline(Keys[i].Selector, parameter);
            bindings.Add(Expression.Bind(typeof(Keyed<TRow>).GetProperty("K" + i)!, Expression.Convert(key, typeof(object))));
        }

        return Expression.Lambda<Func<T, Keyed<TRow>>>(Expression.MemberInit(Expression.New(typeof(Keyed<TRow>)), bindings), parameter);
    }

    /// <summary>The page of <paramref name="rows"/>, read in key order, at most one more than the
    /// page holds.</summary>
    public Page<TRow> PageOf<TRow>(IReadOnlyList<Keyed<TRow>> rows, Func<CancellationToken, Task<int>> countAsync)
    {
        var more = rows.Count > Page.Size;
        var items = rows.Take(Page.Size).Select(r => new PageEdge<TRow>(r.Row, () => Page.Cursors.Seal(_signature, r.Keys()[.._ordering.Count]))).ToList();
        if (Page.Backward)
        {
            items.Reverse();
        }

        // The side away from the cursor is known exactly (one extra row was read); the side behind
        // it is reported as "there was a cursor", which Relay allows and which costs no query.
        return new Page<TRow>(items,
            hasNextPage: Page.Backward ? Page.Cursor is not null : more,
            hasPreviousPage: Page.Backward ? more : Page.Cursor is not null,
            countAsync: countAsync,
            beyond: more ? rows[Page.Size].Row : default);
    }

    // k1 >= v1 AND (k1 > v1 OR (k2 >= v2 AND (k2 > v2 OR ...))): the leading comparison lets
    // PostgreSQL use the index as a range condition, which the plain OR form does not.
    private static Expression<Func<T, bool>> After(IReadOnlyList<OrderKey<T>> keys, CursorValues values)
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

    private static readonly Dictionary<string, MethodInfo> QueryableMethods = typeof(Queryable).GetMethods()
        .Where(m => m.Name is "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" && m.GetParameters().Length == 2)
        .ToDictionary(m => m.Name);

    /// <summary>Holds the cursor's values so that EF sends them as parameters: one SQL text per ordering.</summary>
    private sealed class CursorValues(object?[] values)
    {
        public object?[] Values { get; } = values;
    }
}
