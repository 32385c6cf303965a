using GraphQL.Types;
using Hub.Api.Agencies;
using Hub.Api.Options;
using Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Api.Identity;

internal sealed class CallerGraphType : ObjectGraphType<Caller>
{
    public CallerGraphType()
    {
        Name = "Caller";
        Description = "Who the Hub takes the caller to be, from the access token and the agency registry.";
        Field<AgencyGraphType>("agency")
            .Description("The agency the caller's tenant belongs to; null when the tenant is not registered.")
            .ResolveAsync(async context => context.Source.Agency is { } agency
                ? await context.RequestServices!.GetRequiredService<HubDbContext>().Agencies.AsNoTracking()
                    .SingleAsync(a => a.Id == agency.Id, context.CancellationToken)
                : null);
        Field<NonNullGraphType<StringGraphType>>("tenantId").Description("The Entra tenant (`tid`) the token was issued by.")
            .Resolve(context => context.Source.TenantId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("The app roles the token carries (`roles`), e.g. `Cases.Read`, whether or not the Hub lets them be exercised (`effectiveRoles`).")
            .Resolve(context => context.Source.TokenRoles.Order(StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("effectiveRoles")
            .Description("The roles the caller exercises as an agency, on which every rule of agency data is judged: those of `roles` within its agency's role ceiling in the registry, from the request after the ceiling changed. Empty when the tenant is no active agency's. The registry operations are judged on the token alone: see `isOperator`.")
            .Resolve(context => context.Source.Roles.Order(StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IgnoredRoleGraphType>>>>("ignoredRoles")
            .Description("The roles of `roles` that are not in `effectiveRoles`, each with the reason. An operator's `Hub.Admin` listed here still reaches the registry operations (`isOperator`).")
            .Resolve(context => context.Source.IgnoredRoles.ToList());
        Field<NonNullGraphType<BooleanGraphType>>("isOperator")
            .Description("True when the token is the Hub operator's: `Hub.Admin` in the operator's tenant (`Hub:OperatorTenantId`). It then reaches the registry operations (`registry`, `registerAgency`, `updateAgency`, `suspendAgency`, `reactivateAgency`) and every agency's entries of `auditLog`, whatever the registry says of its tenant and whatever its role ceiling; nothing of cases or projects unless its tenant is also an active agency's.")
            .Resolve(context => context.Source.IsOperator);
        Field<NonNullGraphType<BooleanGraphType>>("isApp")
            .Description("True for an app-only token (a dashboard or integration), false for a signed-in user.")
            .Resolve(context => context.Source.IsApp);
        Field<NonNullGraphType<BooleanGraphType>>("trustedDocumentsOnly")
            .Description("True when the caller may run only documents its agency registered, sent by `documentId`: its agency's setting, or the whole Hub's.")
            .Resolve(context => context.Source.Agency?.TrustedDocumentsOnly == true
                || context.RequestServices!.GetRequiredService<IOptions<LimitsOptions>>().Value.TrustedDocumentsOnly);
        Field<NonNullGraphType<StringGraphType>>("status")
            .Description("`ACTIVE` when the caller may use the Hub; `SUSPENDED` when its agency is suspended; `UNKNOWN_TENANT` when its tenant is not registered; `OPERATOR` when its tenant is no agency's but the token is the operator's (`isOperator`). Only `ACTIVE` callers get anything but `me`, the operator's registry operations and the operator's `auditLog` excepted.")
            .Resolve(context => context.Source.Status switch
            {
                CallerStatus.Active => "ACTIVE",
                CallerStatus.Suspended => "SUSPENDED",
                _ when context.Source.IsOperator => "OPERATOR",
                _ => "UNKNOWN_TENANT",
            });
    }
}
