using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Paging;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Audit;

internal sealed class AuditLogQueries : IQueryFields
{
    private static readonly IReadOnlyList<OrderKey<AuditEntry>> Order =
        [OrderKey<AuditEntry>.By("occurredAt", a => a.OccurredAt, descending: true), OrderKey<AuditEntry>.By("id", a => a.Id, descending: true)];

    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<AuditEntryGraphType, AuditEntry>>>("auditLog")
            .Description("The writes your agency made, latest first. Needs `Audit.Read`. The Hub operator (`Hub.Admin` in the operator's tenant) reads every agency's writes here, and its own writes of the registry, which are in no agency's log.")
            .Argument<StringGraphType>("operation", "Only writes by this mutation, e.g. `referCase`.")
            .Argument<StringGraphType>("entityType", "Only writes of this kind of object, e.g. `Referral`.")
            .Argument<StringGraphType>("entityId", "Only writes of this object (not a case: see `entityId`).")
            .Argument<DateTimeGraphType>("since", "Only writes at or after this instant.")
            .Argument<DateTimeGraphType>("until", "Only writes before this instant.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                var (source, page) = context.Caller().IsOperator
                    ? (context.Db().AuditEntries.AsNoTracking(), PageRequest.ForOperator(context))
                    : Own(context);
                if (context.GetArgument<string?>("operation") is { } operation)
                {
                    source = source.Where(a => a.Action == operation);
                }

                if (context.GetArgument<string?>("entityType") is { } entityType)
                {
                    source = source.Where(a => a.EntityType == entityType);
                }

                if (context.GetArgument<string?>("entityId") is { } entityId)
                {
                    source = source.Where(a => a.EntityId == entityId && a.EntityType != nameof(Case));
                }

                if (context.GetArgument<DateTime?>("since") is { } since)
                {
                    var from = since.ToUniversalTime();
                    source = source.Where(a => a.OccurredAt >= from);
                }

                if (context.GetArgument<DateTime?>("until") is { } until)
                {
                    var to = until.ToUniversalTime();
                    source = source.Where(a => a.OccurredAt < to);
                }

                return await KeysetPager.PageAsync(source, Order, a => a, page, context.CancellationToken);
            });

    private static (IQueryable<AuditEntry> Source, PageRequest Page) Own(IResolveFieldContext context)
    {
        var scope = context.Scope();
        return (context.Db().AuditEntries.AsNoTracking().Where(a => a.AgencyId == scope.AgencyId), PageRequest.From(context, scope));
    }
}
