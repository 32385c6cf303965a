using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using Hub.Api.Identity;

namespace Hub.Api.GraphQL;

/// <summary>Runs between validation and execution: only a document that passed every limit and
/// access rule costs the one registry read that turns the token's claim into a confirmed caller
/// (or, for a query, the entry this instance remembers, proven before the answer leaves).
/// A field that needs a registered, active agency is then refused if the registry says otherwise; a
/// role the token carries is refused where the agency's ceiling leaves it out; and a free-form
/// document is refused if the agency runs only trusted documents.</summary>
internal sealed class CallerConfirmation(CallerResolver callers) : DocumentExecutionListenerBase
{
    public override async Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
    {
        if (!validationResult.IsValid)
        {
            return;
        }

        var hub = (HubUserContext)context.UserContext;
        // A query may run on the entry this instance remembers; a write always asks the registry.
        var recalled = hub.MayRecall && context.Operation.Operation == OperationType.Query ? callers.Recall(hub.Caller) : null;
        hub.Caller = recalled ?? await callers.ConfirmAsync(hub.Caller, context.CancellationToken);
        if (!hub.Caller.IsActiveAgency)
        {
            foreach (var (node, name) in hub.AgencyFields)
            {
                var (code, message) = FieldAccessRule.Refusal(hub.Caller, name);
                Refuse(context, node, code, message);
            }

            return;
        }

        foreach (var (node, name, roles) in hub.RolesMet.Where(r => !hub.Caller.Meets(r.Roles)))
        {
            if (hub.MissingRoles.Add(string.Join(' ', roles)))
            {
                Refuse(context, node, ErrorCodes.MissingRole, FieldAccessRule.MissingRoleMessage(name, roles, hub.Caller));
            }
        }

        if (hub.Caller.Agency!.TrustedDocumentsOnly)
        {
            foreach (var (node, name) in hub.UntrustedFields)
            {
                Refuse(context, node, ErrorCodes.TrustedDocumentRequired, FieldAccessRule.TrustedDocumentRequired(name));
            }
        }
    }

    private static void Refuse(IExecutionContext context, GraphQLField node, string code, string message) =>
        context.Errors.Add(new ExecutionError(message) { Code = code }.AddLocation(node, context.Document));
}
