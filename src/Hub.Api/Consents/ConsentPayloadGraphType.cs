using Hub.Api.Access;
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
                var owned = db.Cases.Where(DisclosurePolicy.Owns.For(c.Scope())).Select(x => x.Id);
                return await db.Consents.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id && owned.Contains(k.CaseId), c.CancellationToken);
            });
    }
}
