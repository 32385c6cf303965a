using System.Linq.Expressions;
using GraphQL;

namespace Hub.Api.GraphQL.Paging;

/// <summary>The <c>changedSince</c> argument of <c>cases</c> and <c>referrals</c>: incremental sync.
/// A client keeps the largest <c>changedOn</c> it has seen and asks again from there; the bound is
/// inclusive, so an item changed at that very instant is sent again rather than missed.</summary>
internal static class ChangedSince
{
    public static string Description(string items, string note) =>
        $"Only the {items} changed at or after this instant (UTC): poll with the largest `changedOn` seen so far. {note}";

    public static DateTime? Of(IResolveFieldContext context) => context.GetArgument<DateTime?>("changedSince")?.ToUniversalTime();

    public static IQueryable<T> Apply<T>(IQueryable<T> source, Expression<Func<T, DateTime>> changedOn, DateTime? since)
    {
        if (since is not { } bound)
        {
            return source;
        }

        var holder = new Bound(bound);
        var condition = Expression.Lambda<Func<T, bool>>(
            Expression.GreaterThanOrEqual(changedOn.Body, Expression.Property(Expression.Constant(holder), nameof(Bound.Value))), changedOn.Parameters);
        return source.Where(condition);
    }

    // A member of an object, not a constant, so that EF sends the instant as a parameter.
    private sealed record Bound(DateTime Value);
}
