using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Agencies;

internal sealed class AgencyQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyGraphType>>>>("agencies")
            .Description("The agency registry, ordered by code. Reference data of a few hundred entries at most: a plain list, not a connection.")
            .Argument<AgencyKindGraphType>("kind", "Only agencies of this kind.")
            .Argument<StringGraphType>("country", "Only agencies in this country (ISO 3166-1 alpha-3).")
            .Argument<AgencyStatusGraphType>("status", "Only agencies with this status.")
            .ResolveAsync(async context =>
            {
                var agencies = context.RequestServices!.GetRequiredService<HubDbContext>().Agencies.AsNoTracking();
                if (context.GetArgument<AgencyKind?>("kind") is { } kind)
                {
                    agencies = agencies.Where(a => a.Kind == kind);
                }

                if (context.GetArgument<string?>("country") is { } country)
                {
                    var code = country.ToUpperInvariant();
                    agencies = agencies.Where(a => a.CountryCode == code);
                }

                if (context.GetArgument<AgencyStatus?>("status") is { } status)
                {
                    agencies = agencies.Where(a => a.Status == status);
                }

                return await agencies.OrderBy(a => a.Code).ToListAsync(context.CancellationToken);
            });
}
