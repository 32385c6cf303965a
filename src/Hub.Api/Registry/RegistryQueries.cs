using GraphQL;
using GraphQL.Types;
using Hub.Api.Agencies;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Paging;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Registry;

internal sealed class RegistryQueries : IQueryFields
{
    private static readonly IReadOnlyList<OrderKey<Agency>> Order = [OrderKey<Agency>.By("code", a => a.Code)];

    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<AgencyRegistrationGraphType, Agency>>>("registry")
            .Description("The agency registry as the operator keeps it, suspended agencies included, ordered by code: each entry's tenants, role ceiling, status and `version`. The Hub operator's only (`Hub.Admin` in the operator's tenant).")
            .Argument<StringGraphType>("code", "Only the agency with this code.")
            .Argument<AgencyStatusGraphType>("status", "Only agencies with this status.")
            .Argument<IdGraphType>("tenantId", "Only the agency this Entra tenant signs in for.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                var db = context.Db();
                var source = db.Agencies.AsNoTracking();
                if (context.GetArgument<string?>("code") is { } code)
                {
                    source = source.Where(a => a.Code == code);
                }

                if (context.GetArgument<AgencyStatus?>("status") is { } status)
                {
                    source = source.Where(a => a.Status == status);
                }

                if (context.GetArgument<string?>("tenantId") is { } tenantId)
                {
                    var tenant = Guid.TryParse(tenantId, out var parsed) ? parsed : Guid.Empty;
                    source = source.Where(a => db.AgencyTenants.Any(t => t.TenantId == tenant && t.AgencyId == a.Id));
                }

                return await KeysetPager.PageAsync(source, Order, a => a, PageRequest.ForOperator(context), context.CancellationToken);
            });
}
