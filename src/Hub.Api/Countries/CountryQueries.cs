using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Countries;

internal sealed class CountryQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryGraphType>>>>("countries")
            .Description("The countries covered by the Hub, ordered by code. Reference data: a plain list, not a connection.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<HubDbContext>().Countries
                .AsNoTracking().OrderBy(c => c.Code).ToListAsync(context.CancellationToken));
}
