using System.Linq.Expressions;

namespace Hub.Api.GraphQL;

/// <summary>Puts one expression in place of a lambda parameter, to compose expression trees.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
}
