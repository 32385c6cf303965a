using System.Linq.Expressions;
using GraphQL;

namespace Hub.Api.GraphQL.Paging;

/// <summary>The <c>changedSince</c> argument of <c>cases</c> and <c>referrals</c>: incremental sync.
/// A client keeps the largest <c>changedOn</c> it has seen and asks again from there; the bound is
/// inclusive, so an item changed at that very instant is sent again rather than missed.</summary>
internal static class ChangedSince
{
    /// <summary>A write is stamped with its request's instant but becomes visible when it commits;
    /// one that cannot commit within this window of its stamp is undone. So a client that polls
    /// from the largest <c>changedOn</c> it has seen minus this window misses no change, whatever
    /// order concurrent writes commit in.</summary>
    public static readonly TimeSpan CommitWindow = TimeSpan.FromMinutes(1);

    public static string Description(string items, string note) =>
        $"Only the {items} changed at or after this instant (UTC). Poll from the largest `changedOn` seen so far minus one minute: a write becomes visible when it commits, at most a minute after the instant it is stamped with, so concurrent writes may appear out of order; items seen again are the same items. {note}";

    public static DateTime? Of(IResolveFieldContext context) => context.GetArgument<DateTime?>("changedSince")?.ToUniversalTime();

    /// <summary>The items of <paramref name="source"/> that <paramref name="changedSince"/> says
    /// changed at or after the instant, which it is given as an expression.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> source, Func<Expression, Expression<Func<T, bool>>> changedSince, DateTime? since) =>
        since is { } bound ? source.Where(changedSince(Expression.Property(Expression.Constant(new Bound(bound)), nameof(Bound.Value)))) : source;

    /// <summary>The condition that a stored instant is at or after the bound.</summary>
    public static Func<Expression, Expression<Func<T, bool>>> On<T>(Expression<Func<T, DateTime>> changedOn) => bound =>
        Expression.Lambda<Func<T, bool>>(Expression.GreaterThanOrEqual(changedOn.Body, bound), changedOn.Parameters);

    // A member of an object, not a constant, so that EF sends the instant as a parameter.
    private sealed record Bound(DateTime Value);
}
