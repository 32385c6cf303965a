using System.Linq.Expressions;

namespace Hub.Api.GraphQL.Expressions;

/// <summary>A type's default value as a constant. EF Core reads a constant as it is, where it
/// compiles a <c>default(T)</c> expression into a delegate to learn its value, on every query.</summary>
internal static class DefaultConstant
{
    public static ConstantExpression Of(Type type) => Expression.Constant(type.IsValueType ? Activator.CreateInstance(type) : null, type);
}
