using GraphQL.Validation;
using GraphQLParser.AST;

namespace Hub.Api.GraphQL.Http;

/// <summary>Refuses, in validation and so before anything runs, an operation type the schema has no
/// root for (subscriptions: the Hub serves none), by GET or POST; and over GET anything but a query,
/// since a mutation over GET could be triggered by a link or an image tag from another site.</summary>
internal sealed class OperationTypeRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (Refusal(context) is { } refusal)
        {
            context.ReportError(new OperationError(context, refusal.Code, refusal.Message));
        }

        return default;
    }

    /// <summary>Why the operation is refused outright, if it is: other rules then have nothing to add.</summary>
    public static (string Code, string Message)? Refusal(ValidationContext context)
    {
        var operation = context.Operation.Operation;
        var root = operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => (global::GraphQL.Types.IObjectGraphType?)context.Schema.Mutation,
            _ => null,
        };
        return root is null
            ? (ErrorCodes.OperationNotSupported, $"The Hub serves queries and mutations only; a {operation.ToString().ToLowerInvariant()} is not supported.")
            : ((HubUserContext)context.UserContext).IsGetRequest && operation != OperationType.Query
                ? (ErrorCodes.MutationOverGet, "Only queries may be sent with GET; send mutations with POST.")
                : null;
    }

    private sealed class OperationError : ValidationError
    {
        public OperationError(ValidationContext context, string code, string message)
            : base(context.Document.Source, null!, message, context.Operation)
        {
            Code = code;
        }
    }
}
