using System.Linq.Expressions;

namespace Hub.Api.GraphQL.Expressions;

/// <summary>Puts one expression in place of a lambda parameter, to compose expression trees.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    /// <summary>The body of <paramref name="lambda"/> with its parameters replaced by <paramref name="arguments"/>, in order.</summary>
    public static Expression Inline(LambdaExpression lambda, params Expression[] arguments)
    {
        var body = lambda.Body;
        for (var i = 0; i < arguments.Length; i++)
        {
            body = new ParameterReplacer(lambda.Parameters[i], arguments[i]).Visit(body);
        }

        return body;
    }

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
}
