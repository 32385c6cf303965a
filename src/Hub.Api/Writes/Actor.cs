using GraphQL;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.Identity;
using Hub.Data;

namespace Hub.Api.Writes;

/// <summary>Who writes, for which agency, in which request and at which instant: what every write
/// checks ownership against, dates its rows with and audits.</summary>
internal sealed record Actor(Caller Caller, CallerAgency Agency, string RequestId, DateTime Now)
{
    public Guid AgencyId => Agency.Id;

    /// <summary>The actor's scope for the policy's ownership and party conditions, which no write spells again.</summary>
    public AccessScope Scope(HubDbContext db) => AccessScope.For(Caller, null, Now, db);

    public static Actor Of(IResolveFieldContext context)
    {
        var hub = context.HubContext();
        return new Actor(hub.Caller, hub.Caller.Agency ?? throw new InvalidOperationException("Only an active agency writes."), hub.RequestId, hub.Now);
    }
}
