using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.Access;
using Hub.Api.GraphQL.Loading;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Cases;

/// <summary>The multi-valued fields of cases, loaded for a page at once. Each query carries the
/// category's gate again, so that it reads nothing undisclosed even if asked for the wrong case.</summary>
internal static class CaseLoaders
{
    // The rows of a page share one loader per field and purpose (the loader's name), whose query is
    // built once, when the batch is read.
    public static IDataLoaderResult<List<TValue>> Values<TValue>(IResolveFieldContext context, CaseRow row, GatedSet<TValue> field)
    {
        var scope = context.Scope(row.Purpose);
        return context.Load<Guid, List<TValue>>($"{field.Name}:{row.Purpose}", row.Id, [], async (db, ids, ct) =>
            (await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Where(GatedCaseFields.GateOf(field.Category).For(scope))
                .SelectMany(Paired<TValue>.Of.GetOrAdd(field, f => WithCase(f.Values))).ToListAsync(ct))
            .GroupBy(v => v.CaseId).ToDictionary(g => g.Key, g => g.Select(v => v.Value).Order().ToList()));
    }

    /// <summary>The owner's view of a case's consents.</summary>
    public static IDataLoaderResult<List<Consent>> Consents(IResolveFieldContext context, CaseRow row)
    {
        var scope = context.Scope(row.Purpose);
        return context.Load<Guid, List<Consent>>("consents", row.Id, [], async (db, ids, ct) =>
            (await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Where(DisclosurePolicy.Owns.For(scope)).SelectMany(c => c.Consents).ToListAsync(ct))
            .GroupBy(k => k.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(k => k.GrantedOn).ThenBy(k => k.Id).ToList()));
    }

    // c => c.Rows.Select(e => e.Value) becomes c => c.Rows.Select(e => new CaseValue(e.CaseId, e.Value)):
    // the case id from the value's own row, since a reference to the outer case would need an
    // APPLY, which SQLite lacks.
    private static Expression<Func<Case, IEnumerable<CaseValue<TValue>>>> WithCase<TValue>(Expression<Func<Case, IEnumerable<TValue>>> values)
    {
        var select = (MethodCallExpression)values.Body;
        var value = (LambdaExpression)select.Arguments[1];
        var row = value.Parameters[0];
        var pair = Expression.Lambda(
            Expression.New(typeof(CaseValue<TValue>).GetConstructors()[0], Expression.Property(row, nameof(CaseService.CaseId)), value.Body), row);
        return Expression.Lambda<Func<Case, IEnumerable<CaseValue<TValue>>>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [row.Type, typeof(CaseValue<TValue>)], select.Arguments[0], pair), values.Parameters);
    }

    private sealed record CaseValue<TValue>(Guid CaseId, TValue Value);

    // Each field's expression with the case id, built once.
    private static class Paired<TValue>
    {
        public static readonly ConcurrentDictionary<GatedSet<TValue>, Expression<Func<Case, IEnumerable<CaseValue<TValue>>>>> Of = new();
    }
}
