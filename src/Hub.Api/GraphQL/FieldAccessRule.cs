using GraphQL.Validation;
using GraphQLParser.AST;
using Hub.Api.Identity;
using Hub.Api.Options;
using Hub.Data.Entities;
using Microsoft.Extensions.Options;

namespace Hub.Api.GraphQL;

/// <summary>Refuses, before execution, every field the caller may not use: root fields need an
/// active registered agency, the operator's fields the operator, and fields with a required role
/// need that role. It judges on the token alone, so that these refusals cost no database command;
/// the fields that need a registered agency, and the roles met on the token, are noted for
/// <see cref="CallerConfirmation"/>, which asks the registry once validation has passed.</summary>
internal sealed class FieldAccessRule(IOptions<LimitsOptions> limits, OperatorTenant operatorTenant) : ValidationRuleBase
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
            // The schema's shape is for members and the operator only, and can be switched off altogether.
            if (!limits.Value.IntrospectionEnabled)
            {
                context.ReportError(new AccessError(context, node, ErrorCodes.IntrospectionDisabled, "Introspection is switched off on this Hub."));
            }
            else if (!caller.IsOperator && Trusted(context, hub, node, name))
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

        var access = field.OperatorAccessOf();
        var asOperator = access != OperatorAccess.None && caller.IsOperator;
        var parent = context.TypeInfo.GetParentType();
        if (parent == context.Schema.Query || parent == context.Schema.Mutation)
        {
            // The operator is no agency and registers no documents: what it reaches as the operator
            // runs from a free-form document.
            if (!field.RunsFreeForm() && !asOperator && !Trusted(context, hub, node, field.Name))
            {
                return;
            }

            var admitted = access == OperatorAccess.Only ? NeedOperator(context, hub, node, field.Name)
                : asOperator || (field.AllowsAnyTenant() ? NeedToken(context, hub, node, field.Name) : NeedAgency(context, hub, node, field.Name));
            if (!admitted)
            {
                return;
            }
        }
        else if (access == OperatorAccess.Only && !NeedOperator(context, hub, node, field.Name))
        {
            return;
        }

        // The operator's own condition stands for the roles of what it reaches as the operator.
        if (asOperator)
        {
            return;
        }

        // A caller the token already rules out was refused at the root: its roles do not matter.
        // A missing role is reported once, where it is first needed, not at every field below. A
        // role met on the token is noted: the registry may put it beyond the agency's ceiling.
        foreach (var roles in field.RequiredRoles().Where(_ => caller.MayBeActive))
        {
            if (caller.Meets(roles))
            {
                hub.RolesMet.Add((node, field.Name, roles));
            }
            else if (hub.MissingRoles.Add(string.Join(' ', roles)))
            {
                context.ReportError(new AccessError(context, node, ErrorCodes.MissingRole, MissingRoleMessage(field.Name, roles, caller)));
            }
        }
    }

    /// <summary>Why a field that needs one of <paramref name="roles"/> is refused to the caller.</summary>
    public static string MissingRoleMessage(string field, string[] roles, Caller caller) => MissingRoleMessageFor($"Field '{field}'", roles, caller);

    /// <summary>Why <paramref name="subject"/> (a field, an import) that needs one of <paramref name="roles"/> is refused to the caller.</summary>
    public static string MissingRoleMessageFor(string subject, string[] roles, Caller caller) =>
        $"{subject} needs the app role {string.Join(" or ", roles.Select(r => $"'{r}'"))}." +
        (roles.Any(caller.TokenRoles.Contains) ? " Your token carries it, but it is beyond your agency's role ceiling in the Hub's registry, so the Hub ignores it (`me { ignoredRoles }` lists such roles); the Hub's operator sets the ceiling."
        : caller.IsApp && caller.TokenRoles.Count == 0 ? " This app has no app role of the Hub: an administrator of your tenant must assign it one (an application permission of the Hub's app registration)."
        : "");

    // The operator's fields need the operator's token, whatever the registry says: an agency's
    // Hub.Admin is refused them. Reported once per request, at the first such field.
    private bool NeedOperator(ValidationContext context, HubUserContext hub, GraphQLField node, string field)
    {
        if (hub.Caller.IsOperator)
        {
            return true;
        }

        if (!hub.OperatorRefused)
        {
            hub.OperatorRefused = true;
            var (code, message) = hub.Caller.Status == CallerStatus.Anonymous ? Refusal(hub.Caller, field) : (ErrorCodes.OperatorRequired, OperatorRequiredMessage(field, hub.Caller));
            context.ReportError(new AccessError(context, node, code, message));
        }

        return false;
    }

    private string OperatorRequiredMessage(string field, Caller caller) =>
        $"Field '{field}' is the Hub operator's: it needs the app role '{HubRoles.HubAdmin}' in a token of the operator's tenant. " +
        (operatorTenant.Id is null ? "This Hub has no operator tenant (Hub:OperatorTenantId), so nobody may use it."
        : operatorTenant.IsOperatorTenant(caller.TenantId) ? $"Your token is of the operator's tenant but does not carry '{HubRoles.HubAdmin}'."
        : $"An agency's '{HubRoles.HubAdmin}' manages only its own agency's settings (its trusted documents), never the registry.");

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
