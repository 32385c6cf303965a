using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Paging;
using Hub.Api.Writes;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.TrustedDocuments;

/// <summary>An agency's administrators list, register and revoke the documents its callers may run
/// by identifier. These fields stay open to free-form documents even where only trusted documents
/// may run, so that the list can always be managed.</summary>
internal sealed class TrustedDocumentFields : IQueryFields, IMutationFields
{
    private static readonly IReadOnlyList<OrderKey<TrustedDocument>> Order =
        [OrderKey<TrustedDocument>.By("registeredAt", d => d.RegisteredAt, descending: true), OrderKey<TrustedDocument>.By("documentId", d => d.DocumentId)];

    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<TrustedDocumentGraphType, TrustedDocument>>>("trustedDocuments")
            .Description("The documents your agency registered, newest first. Needs `Hub.Admin`.")
            .Argument<BooleanGraphType>("includeRevoked", "Also list revoked documents.", a => a.DefaultValue = false)
            .PagingArguments()
            .RunsFreeForm()
            .ResolveAsync(async context =>
            {
                var agency = context.Caller().Agency!.Id;
                var source = context.Db().TrustedDocuments.AsNoTracking().Where(d => d.AgencyId == agency);
                if (!context.GetArgument<bool>("includeRevoked"))
                {
                    source = source.Where(d => d.RevokedAt == null);
                }

                return await KeysetPager.PageAsync(source, Order, d => d, PageRequest.From(context, context.Scope()), context.CancellationToken);
            });

    public void AddTo(MutationType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterTrustedDocumentPayloadGraphType>>("registerTrustedDocument")
            .Description("Registers a document for your agency, to be run by its `documentId`. Registering a revoked document again restores it. Needs `Hub.Admin`.")
            .Argument<NonNullGraphType<RegisterTrustedDocumentInputGraphType>>("input", "The document.")
            .RequireRole(HubRoles.HubAdmin)
            .RunsFreeForm()
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                return await Once(context, () => Registry(context).RegisterAsync(Actor.Of(context), (string)input["document"]!, input.GetValueOrDefault("name") as string,
                    input.GetValueOrDefault("documentId") as string, context.CancellationToken));
            });

        mutation.Field<NonNullGraphType<RegisterTrustedDocumentsPayloadGraphType>>("registerTrustedDocuments")
            .Description("Registers a set of documents for your agency at once, all or none, such as a graphql-codegen persisted documents manifest; each is checked and audited as `registerTrustedDocument` does. Needs `Hub.Admin`.")
            .Argument<NonNullGraphType<RegisterTrustedDocumentsInputGraphType>>("input", "The documents.")
            .RequireRole(HubRoles.HubAdmin)
            .RunsFreeForm()
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var submissions = ((IEnumerable<object?>)input["documents"]!).Cast<Dictionary<string, object?>>()
                    .Select(d => new TrustedDocumentSubmission((string)d["document"]!, d.GetValueOrDefault("name") as string, d.GetValueOrDefault("documentId") as string))
                    .ToList();
                return await Once(context, () => Registry(context).RegisterAllAsync(Actor.Of(context), submissions, ["documents"], context.CancellationToken));
            });

        mutation.Field<NonNullGraphType<RevokeTrustedDocumentPayloadGraphType>>("revokeTrustedDocument")
            .Description("Stops a document of your agency from running by its identifier; it stays listed as revoked. Needs `Hub.Admin`.")
            .Argument<NonNullGraphType<RevokeTrustedDocumentInputGraphType>>("input", "The document.")
            .RequireRole(HubRoles.HubAdmin)
            .RunsFreeForm()
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                return await Once(context, () => Registry(context).RevokeAsync(Actor.Of(context), (string)input["documentId"]!, context.CancellationToken));
            });
    }

    // In the request's write session: an idempotent retry answers what the first request did.
    private static Task<T> Once<T>(IResolveFieldContext context, Func<Task<T>> write) => context.RequestServices!.GetRequiredService<WriteSession>().RunAsync(context, write);

    private static TrustedDocumentRegistry Registry(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TrustedDocumentRegistry>();
}
