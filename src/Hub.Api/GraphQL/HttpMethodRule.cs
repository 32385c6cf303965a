using GraphQL.Validation;
using GraphQLParser.AST;

namespace Hub.Api.GraphQL;

/// <summary>GET is for queries only: a mutation over GET could be triggered by a link or an image
/// tag from another site.</summary>
internal sealed class HttpMethodRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (((HubUserContext)context.UserContext).IsGetRequest && context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new MutationOverGetError(context));
        }

        return default;
    }

    private sealed class MutationOverGetError : ValidationError
    {
        public MutationOverGetError(ValidationContext context)
            : base(context.Document.Source, null!, "Only queries may be sent with GET; send mutations with POST.", context.Operation)
        {
            Code = ErrorCodes.MutationOverGet;
        }
    }
}
