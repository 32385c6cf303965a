using Hub.Api.GraphQL.Loading;
using Hub.Api.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Consents;

internal sealed class ConsentPayloadGraphType : WritePayloadGraphType
{
    public ConsentPayloadGraphType() : base("ConsentPayload", "The answer to `grantConsent` and `revokeConsent`.")
    {
        Field<ConsentGraphType>("consent")
            .Description("The consent as written: the owner's view, as `Case.consents` shows it.")
            .ResolveAsync(async c =>
            {
                if (c.Source.Id is not { } id)
                {
                    return null;
                }

                var db = c.Db();
                var agency = Actor.Of(c).AgencyId;
                return await db.Consents.AsNoTracking()
                    .SingleOrDefaultAsync(k => k.Id == id && db.Cases.Any(x => x.Id == k.CaseId && x.OwnerAgencyId == agency), c.CancellationToken);
            });
    }
}
