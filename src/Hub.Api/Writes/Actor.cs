using GraphQL;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.Identity;
using Hub.Data;
using Hub.Data.Entities;

namespace Hub.Api.Writes;

/// <summary>Who writes, for which agency, in which request and at which instant: what every write
/// checks ownership against, dates its rows with and audits. The operator writes the registry for
/// no agency; every write for an agency reaches it through <see cref="AgencyId"/> or
/// <see cref="Scope"/>, which fail without one.</summary>
internal sealed record Actor(Caller Caller, CallerAgency? Agency, string RequestId, DateTime Now)
{
    /// <summary>The agency written for; a write for an agency by an actor without one fails here, closed.</summary>
    public Guid AgencyId => (Agency ?? throw new InvalidOperationException("Only an agency writes for an agency.")).Id;

    /// <summary>The actor's scope for the policy's ownership and party conditions, which no write spells again.</summary>
    public AccessScope Scope(HubDbContext db) => AccessScope.For(Caller with { Agency = Agency }, null, Now, db);

    /// <summary>The caller of an active agency, writing for it.</summary>
    public static Actor Of(IResolveFieldContext context)
    {
        var hub = context.HubContext();
        return new Actor(hub.Caller, hub.Caller.IsActiveAgency ? hub.Caller.Agency : throw new InvalidOperationException("Only an active agency writes."), hub.RequestId, hub.Now);
    }

    /// <summary>The Hub's operator, writing the registry: for no agency, even where its tenant is also an agency's.</summary>
    public static Actor OperatorOf(IResolveFieldContext context)
    {
        var hub = context.HubContext();
        return hub.Caller.IsOperator ? new Actor(hub.Caller, null, hub.RequestId, hub.Now) : throw new InvalidOperationException("Only the operator writes the registry.");
    }

    /// <summary>A command of the Hub's command line, run by whoever runs the Hub, for an agency.</summary>
    public static Actor OfCommand(Agency agency, DateTime now) => Command(
        new CallerAgency(agency.Id, agency.Code, agency.Kind, agency.CountryCode, agency.Status, agency.TrustedDocumentsOnly, agency.RoleCeiling), now);

    /// <summary>A command of the Hub's own upkeep, run by whoever runs the Hub, for no agency.</summary>
    public static Actor OfCommand(DateTime now) => Command(null, now);

    // The command line authenticates nobody: the audit row says that a command wrote, and the host
    // that ran it (a job's history, a shell's) says who started it.
    private static Actor Command(CallerAgency? agency, DateTime now) =>
        new(Caller.Anonymous with { ObjectId = "command" }, agency, "command-" + Guid.NewGuid().ToString("N"), now);
}
