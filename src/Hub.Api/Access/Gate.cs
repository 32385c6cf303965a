using System.Linq.Expressions;

namespace Hub.Api.Access;

/// <summary>Composes a policy condition with a column: <c>CASE WHEN condition THEN column END</c>
/// in SQL, so that an undisclosed value is never read into the process.</summary>
internal static class Gate
{
    public static Expression<Func<TEntity, AccessScope, TValue?>> When<TEntity, TValue>(
        Expression<Func<TEntity, AccessScope, bool>> condition,
        Expression<Func<TEntity, AccessScope, TValue?>> value)
    {
        var entity = condition.Parameters[0];
        var scope = condition.Parameters[1];
        var body = new Hub.Api.GraphQL.ParameterReplacer(value.Parameters[1], scope)
            .Visit(new Hub.Api.GraphQL.ParameterReplacer(value.Parameters[0], entity).Visit(value.Body));
        return Expression.Lambda<Func<TEntity, AccessScope, TValue?>>(
            Expression.Condition(condition.Body, body, Expression.Default(body.Type)), entity, scope);
    }

    /// <summary>The condition for one request: the scope becomes a member of a closure object, so
    /// it is sent as parameters.</summary>
    public static Expression<Func<TEntity, bool>> For<TEntity>(this Expression<Func<TEntity, AccessScope, bool>> condition, AccessScope scope) =>
        Expression.Lambda<Func<TEntity, bool>>(
            new Hub.Api.GraphQL.ParameterReplacer(condition.Parameters[1], Expression.Constant(scope, typeof(AccessScope))).Visit(condition.Body),
            condition.Parameters[0]);
}
