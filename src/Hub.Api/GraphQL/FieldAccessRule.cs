using GraphQL.Validation;
using GraphQLParser.AST;
using Hub.Api.Identity;

namespace Hub.Api.GraphQL;

/// <summary>Refuses, before execution, every field the caller may not use: root fields need an
/// active registered agency, and fields with a required role need that role.</summary>
internal sealed class FieldAccessRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((node, ctx) => Check(node, ctx)));

    private static void Check(GraphQLField node, ValidationContext context)
    {
        var field = context.TypeInfo.GetFieldDef();
        if (field is null || field.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return;
        }

        var caller = ((HubUserContext)context.UserContext).Caller;
        var isRoot = context.TypeInfo.GetParentType() == context.Schema.Query;
        if (isRoot && !field.AllowsAnyCaller() && !caller.IsActiveAgency)
        {
            var (code, message) = caller.Status switch
            {
                CallerStatus.Anonymous => (ErrorCodes.AuthenticationRequired, "Send an Entra access token for the Hub as a bearer token."),
                CallerStatus.Suspended => (ErrorCodes.AgencySuspended, "Your agency's access to the Hub is suspended."),
                _ => (ErrorCodes.UnknownTenant, "Your tenant is not registered with the Hub."),
            };
            context.ReportError(new AccessError(context, node, code, $"Field '{field.Name}': {message}"));
            return;
        }

        if (field.RequiredRoles() is { } roles && !roles.Any(caller.HasRole))
        {
            context.ReportError(new AccessError(context, node, ErrorCodes.MissingRole,
                $"Field '{field.Name}' needs the app role {string.Join(" or ", roles.Select(r => $"'{r}'"))}."));
        }
    }

    private sealed class AccessError : ValidationError
    {
        public AccessError(ValidationContext context, ASTNode node, string code, string message)
            : base(context.Document.Source, null!, message, node)
        {
            Code = code;
        }
    }
}
