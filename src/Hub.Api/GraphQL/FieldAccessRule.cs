using GraphQL.Validation;
using GraphQLParser.AST;
using Hub.Api.Identity;
using Hub.Api.Options;
using Microsoft.Extensions.Options;

namespace Hub.Api.GraphQL;

/// <summary>Refuses, before execution, every field the caller may not use: root fields need an
/// active registered agency, and fields with a required role need that role. It judges on the token
/// alone, so that these refusals cost no database command; the fields that need a registered agency
/// are noted for <see cref="CallerConfirmation"/>, which asks the registry once validation has passed.</summary>
internal sealed class FieldAccessRule(IOptions<LimitsOptions> limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(Http.OperationTypeRule.Refusal(context) is null ? new MatchingNodeVisitor<GraphQLField>((node, ctx) => Check(node, ctx)) : null);

    private void Check(GraphQLField node, ValidationContext context)
    {
        var name = node.Name.StringValue;
        if (name == "__typename")
        {
            return;
        }

        var hub = (HubUserContext)context.UserContext;
        var caller = hub.Caller;
        if (name is "__schema" or "__type")
        {
            // The schema's shape is for members only, and can be switched off altogether.
            if (!limits.Value.IntrospectionEnabled)
            {
                context.ReportError(new AccessError(context, node, ErrorCodes.IntrospectionDisabled, "Introspection is switched off on this Hub."));
            }
            else if (Trusted(context, hub, node, name))
            {
                NeedAgency(context, hub, node, name);
            }

            return;
        }

        var field = context.TypeInfo.GetFieldDef();
        if (field is null)
        {
            return;
        }

        var parent = context.TypeInfo.GetParentType();
        if (parent == context.Schema.Query || parent == context.Schema.Mutation)
        {
            if (!field.RunsFreeForm() && !Trusted(context, hub, node, field.Name))
            {
                return;
            }

            if (field.AllowsAnyTenant() ? !NeedToken(context, hub, node, field.Name) : !NeedAgency(context, hub, node, field.Name))
            {
                return;
            }
        }

        // A caller the token already rules out was refused at the root: its roles do not matter.
        // A missing role is reported once, where it is first needed, not at every field below.
        foreach (var roles in field.RequiredRoles().Where(roles => caller.MayBeActive && !roles.Any(caller.Roles.Contains)))
        {
            if (hub.MissingRoles.Add(string.Join(' ', roles)))
            {
                context.ReportError(new AccessError(context, node, ErrorCodes.MissingRole, MissingRoleMessage(field.Name, roles, caller)));
            }
        }
    }

    private static string MissingRoleMessage(string field, string[] roles, Caller caller) =>
        $"Field '{field}' needs the app role {string.Join(" or ", roles.Select(r => $"'{r}'"))}." +
        (caller.IsApp && caller.Roles.Count == 0 ? " This app has no app role of the Hub: an administrator of your tenant must assign it one (an application permission of the Hub's app registration)." : "");

    // Fields open to any tenant still need a token: without one there is nobody to answer about.
    private static bool NeedToken(ValidationContext context, HubUserContext hub, GraphQLField node, string field)
    {
        if (hub.Caller.Status != CallerStatus.Anonymous)
        {
            return true;
        }

        var (code, message) = Refusal(hub.Caller, field);
        context.ReportError(new AccessError(context, node, code, message));
        return false;
    }

    // A root field of a free-form document is refused now where the whole Hub runs only trusted
    // documents; otherwise it is noted, for the agency's own setting is known only from the registry.
    private bool Trusted(ValidationContext context, HubUserContext hub, GraphQLField node, string field)
    {
        if (hub.IsTrustedDocument)
        {
            return true;
        }

        if (limits.Value.TrustedDocumentsOnly)
        {
            context.ReportError(new AccessError(context, node, ErrorCodes.TrustedDocumentRequired, TrustedDocumentRequired(field)));
            return false;
        }

        hub.UntrustedFields.Add((node, field));
        return true;
    }

    public static string TrustedDocumentRequired(string field) =>
        $"Field '{field}': only registered documents may run here; send their 'documentId' instead of 'query'.";

    // Refuses the field now when the token already rules the caller out; otherwise notes it for
    // the registry check.
    private static bool NeedAgency(ValidationContext context, HubUserContext hub, GraphQLField node, string field)
    {
        if (hub.Caller.MayBeActive)
        {
            hub.AgencyFields.Add((node, field));
            return true;
        }

        var (code, message) = Refusal(hub.Caller, field);
        context.ReportError(new AccessError(context, node, code, message));
        return false;
    }

    public static (string Code, string Message) Refusal(Caller caller, string field)
    {
        var (code, message) = Refusal(caller);
        return (code, $"Field '{field}': {message}");
    }

    /// <summary>Why a caller that is not an active registered agency is refused.</summary>
    public static (string Code, string Message) Refusal(Caller caller) => caller.Status switch
    {
        CallerStatus.Anonymous => (ErrorCodes.AuthenticationRequired, "Send an Entra access token for the Hub as a bearer token."),
        CallerStatus.Suspended => (ErrorCodes.AgencySuspended, "Your agency's access to the Hub is suspended."),
        _ => (ErrorCodes.UnknownTenant, "Your tenant is not registered with the Hub."),
    };

    private sealed class AccessError : ValidationError
    {
        public AccessError(ValidationContext context, ASTNode node, string code, string message)
            : base(context.Document.Source, null!, message, node)
        {
            Code = code;
        }
    }
}
