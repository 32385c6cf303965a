using Hub.Api.GraphQL.Loading;
using Hub.Api.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Registry;

internal sealed class AgencyRegistrationPayloadGraphType : WritePayloadGraphType
{
    public AgencyRegistrationPayloadGraphType() : base("AgencyRegistrationPayload", "The answer to `registerAgency`, `updateAgency`, `suspendAgency` and `reactivateAgency`.")
    {
        Field<AgencyRegistrationGraphType>("registration")
            .Description("The agency's registry entry as written.")
            .ResolveAsync(async c => c.Source.Id is { } id ? await c.Db().Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, c.CancellationToken) : null);
    }
}
