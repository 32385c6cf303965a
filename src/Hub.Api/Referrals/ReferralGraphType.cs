using GraphQL.Types;
using Hub.Api.Agencies;
using Hub.Api.Cases;
using Hub.Api.Consents;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Api.Projects;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Referrals;

internal sealed class ReferralGraphType : ObjectGraphType<ReferralRow>
{
    public ReferralGraphType()
    {
        Name = "Referral";
        Description = "A case sent from one agency to another for services. Its own record is visible to both parties; the case behind it follows the case rules for the declared purpose.";
        this.RequireRole(HubRoles.CasesRead, HubRoles.CasesReadIdentity);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable identifier.").Resolve(c => c.Source.Id);
        Field<CaseGraphType>("case").Description("The case referred, as the caller may see it for the declared purpose; null when it is not visible to the caller.")
            .Resolve(c => CaseReader.Load(c, c.Source.CaseId, c.Source.Purpose));
        Field<NonNullGraphType<AgencyGraphType>>("fromAgency").Description("The referring agency.").Resolve(c => c.Source.FromAgency);
        Field<NonNullGraphType<AgencyGraphType>>("toAgency").Description("The agency asked to provide the services.").Resolve(c => c.Source.ToAgency);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceGraphType>>>>("services").Description("The services asked for.")
            .Resolve(c => c.Load<Guid, List<Service>>("referral-services", c.Source.Id, [], async (db, ids, ct) =>
                (await db.ReferralServices.AsNoTracking().Where(s => ids.Contains(s.ReferralId)).ToListAsync(ct))
                .GroupBy(s => s.ReferralId).ToDictionary(g => g.Key, g => g.Select(s => s.Service).Order().ToList())));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceGraphType>>>>("servicesDelivered").Description("The services the recipient delivered, named when it completed the referral; empty before.")
            .Resolve(c => c.Load<Guid, List<Service>>("referral-services-delivered", c.Source.Id, [], async (db, ids, ct) =>
                (await db.ReferralServices.AsNoTracking().Where(s => ids.Contains(s.ReferralId) && s.Delivered).ToListAsync(ct))
                .GroupBy(s => s.ReferralId).ToDictionary(g => g.Key, g => g.Select(s => s.Service).Order().ToList())));
        Field<NonNullGraphType<PurposeGraphType>>("purpose").Description("What the case is shared for: an active consent for this purpose named the recipient when the referral was made.").Resolve(c => c.Source.ReferredFor);
        Field<StringGraphType>("note").Description("The sender's note to the recipient.").Resolve(c => c.Source.Note);
        Field<StringGraphType>("declineReason").Description("Why the recipient declined it.").Resolve(c => c.Source.DeclineReason);
        Field<NonNullGraphType<ReferralStatusGraphType>>("status").Description("Where the referral stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateTimeGraphType>>("referredOn").Description("When it was made (UTC).").Resolve(c => c.Source.ReferredOn);
        Field<DateTimeGraphType>("respondedOn").Description("When the receiving agency accepted or declined it (UTC).").Resolve(c => c.Source.RespondedOn);
        Field<NonNullGraphType<DateTimeGraphType>>("changedOn").Description("When the referral last changed (UTC): what `changedSince` compares.").Resolve(c => c.Source.ChangedOn);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Goes up by one with each move; a move names the version it read.").Resolve(c => c.Source.Version);
        Field<DateTimeGraphType>("closedOn").Description("When it was completed, declined or withdrawn (UTC).").Resolve(c => c.Source.ClosedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WithheldRelationGraphType>>>>("withheld")
            .Description("The related objects selected on this referral that are null because they were withheld: `case` with `NO_CONSENT` when no active consent for the declared purpose names the caller (the referral's own record stays visible to both parties). A null not listed here means there is none.")
            .Resolve(c => c.Source.Selected.Contains("case")
                ? CaseReader.IsVisible(c, c.Source.CaseId, c.Source.Purpose).Then(visible => visible ? [] : new List<WithheldRelation> { new("case", WithholdReason.NoConsent) })
                : (object)new List<WithheldRelation>());
        Field<ProjectGraphType>("project").Description("The project that funds it, if any.")
            .Resolve(c => c.Source.Project);
    }
}
