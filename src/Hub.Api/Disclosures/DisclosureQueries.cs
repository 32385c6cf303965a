using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Paging;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Disclosures;

internal sealed class DisclosureQueries : IQueryFields
{
    private static readonly IReadOnlyList<OrderKey<Disclosure>> Order =
        [OrderKey<Disclosure>.By("occurredAt", d => d.OccurredAt, descending: true), OrderKey<Disclosure>.By("id", d => d.Id)];

    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<DisclosureGraphType, Disclosure>>>("disclosures")
            .Description("Who was shown one of the caller's own cases, latest first. Needs `Audit.Read`. Empty for a case the caller's agency does not own.")
            .Argument<NonNullGraphType<IdGraphType>>("caseId", "The case.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                var db = context.Db();
                _ = Guid.TryParse(context.GetArgument<string>("caseId"), out var caseId);
                var owned = db.Cases.Where(c => c.Id == caseId).Where(DisclosurePolicy.Owns.For(context.Scope())).Select(c => c.Id);
                var source = db.Disclosures.AsNoTracking().Where(d => d.CaseId == caseId && owned.Contains(d.CaseId));
                return await KeysetPager.PageAsync(source, Order, d => d, PageRequest.From(context, context.Scope()), context.CancellationToken);
            });
}
