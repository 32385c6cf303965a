using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Hub.Api.GraphQL;

/// <summary>The spec's <c>@specifiedBy(url:)</c> on a scalar (GraphQL, October 2021, 3.13.4), which
/// GraphQL.NET 8 does not define (graphql-dotnet/graphql-dotnet#2495): the URL of the scalar's
/// format, so that code generators can map it to a type.</summary>
internal sealed class SpecifiedByDirective : Directive
{
    public const string DirectiveName = "specifiedBy";
    public const string UrlArgument = "url";

    public SpecifiedByDirective()
        : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behaviour of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = UrlArgument,
            Description = "The URL that specifies the behaviour of this scalar.",
        });
    }

    /// <summary>The URL a scalar is specified by, or null; what introspection answers as
    /// <c>__Type.specifiedByURL</c>.</summary>
    public static string? UrlOf(IGraphType type) =>
        type is ScalarGraphType scalar ? scalar.FindAppliedDirective(DirectiveName)?.FindArgument(UrlArgument)?.Value as string : null;
}
