using System.Linq.Expressions;
using Hub.Api.GraphQL.Expressions;

namespace Hub.Api.Access;

/// <summary>Composes a policy condition with a column: <c>CASE WHEN condition THEN column END</c>
/// in SQL, so that an undisclosed value is never read into the process.</summary>
internal static class Gate
{
    public static Expression<Func<TEntity, AccessScope, TValue?>> When<TEntity, TValue>(
        Expression<Func<TEntity, AccessScope, bool>> condition,
        Expression<Func<TEntity, AccessScope, TValue?>> value)
    {
        var body = ParameterReplacer.Inline(value, condition.Parameters[0], condition.Parameters[1]);
        return Expression.Lambda<Func<TEntity, AccessScope, TValue?>>(
            Expression.Condition(condition.Body, body, DefaultConstant.Of(body.Type)), condition.Parameters);
    }

    /// <summary>The condition (or value) for one request: the scope becomes a member of a closure
    /// object, so it is sent as parameters.</summary>
    public static Expression<Func<TEntity, TValue>> For<TEntity, TValue>(this Expression<Func<TEntity, AccessScope, TValue>> condition, AccessScope scope) =>
        Expression.Lambda<Func<TEntity, TValue>>(
            ParameterReplacer.Inline(condition, condition.Parameters[0], Expression.Constant(scope, typeof(AccessScope))),
            condition.Parameters[0]);
}
