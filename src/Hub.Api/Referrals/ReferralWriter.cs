using GraphQL;
using Hub.Api.Access;
using Hub.Api.Agencies;
using Hub.Api.Writes;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Referrals.ReferralMoves;

namespace Hub.Api.Referrals;

/// <summary>Makes referrals of the caller's agency's cases, and moves referrals it is a party to
/// along <see cref="ReferralMoves"/>.</summary>
internal static class ReferralWriter
{
    public static async Task<WriteOutcome> ReferAsync(WriteRequest request)
    {
        var (db, actor) = (request.Db, request.Actor);
        var errors = new InputErrors(db);
        var caseId = errors.Id(request.Get<string>("caseId"), "caseId");
        var purpose = request.Get<Purpose>("purpose");
        var services = request.List<Service>("services").Distinct().ToList();
        if (services.Count == 0)
        {
            errors.Add(UserErrorCode.Required, "A referral asks for at least one service.", "services");
        }

        var note = request.Get<string>("note");
        errors.Text<Referral>(note, nameof(Referral.Note), InputErrors.TextKind.Lines, "note");
        var recipient = await AgencyLookup.FindAsync(db, errors, request.Get<string>("toAgencyId"), request.Get<string>("toAgencyCode"), ["toAgencyId"], ["toAgencyCode"], request.CancellationToken);
        // The field the recipient was named by: one sent as null names nothing.
        var recipientField = request.Get<string>("toAgencyId") is not null ? "toAgencyId" : "toAgencyCode";
        Guid? projectId = null;
        if (request.Get<string>("projectCode") is { } projectCode)
        {
            projectId = await db.Projects.AsNoTracking().Where(p => p.Code == projectCode).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(request.CancellationToken);
            if (projectId is null)
            {
                errors.Add(UserErrorCode.UnknownProject, $"No project has the code '{projectCode}'.", "projectCode");
            }
        }

        var locked = caseId is { } id ? await CaseLock.TakeAsync(request, id) : null;
        var owned = locked is not null;
        actor = locked ?? actor;
        if (caseId is not null && !owned)
        {
            errors.Add(UserErrorCode.NotFound, "Your agency has no case with this id.", "caseId");
        }

        if (recipient is not null && (owned || caseId is null))
        {
            if (recipient.Id == actor.AgencyId)
            {
                errors.Add(UserErrorCode.RecipientIsOwner, "Your agency owns the case; refer it to another agency.", recipientField);
            }
            else if (recipient.Status != AgencyStatus.Active)
            {
                errors.Add(UserErrorCode.RecipientSuspended, $"{recipient.Code}'s access to the Hub is suspended: nothing can be shared with it.", recipientField);
            }
            else if (owned && !await ConsentNamesAsync(request, actor.Now, caseId!.Value, recipient, purpose))
            {
                errors.Add(UserErrorCode.NoConsent, $"No active consent for {purpose.ToString().ToConstantCase()} names {recipient.Code}: record the person's consent first (grantConsent).", recipientField);
            }
        }

        if (!errors.Any && await db.Referrals.AnyAsync(r => r.CaseId == caseId && r.ToAgencyId == recipient!.Id && r.Purpose == purpose && Open.Contains(r.Status), request.CancellationToken))
        {
            return DuplicateReferral(recipientField);
        }

        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        var referral = new Referral
        {
            Id = Guid.CreateVersion7(actor.Now),
            CaseId = caseId!.Value,
            FromAgencyId = actor.AgencyId,
            ToAgencyId = recipient!.Id,
            Purpose = purpose,
            Status = ReferralStatus.Pending,
            ReferredOn = actor.Now,
            ChangedOn = actor.Now,
            ProjectId = projectId,
            Note = note,
            Services = [.. services.Select(s => new ReferralService { Service = s })],
        };
        db.Referrals.Add(referral);
        AuditTrail.Record(db, actor, "referCase", nameof(Referral), referral.Id, request.Input.Keys.Order(StringComparer.Ordinal));
        try
        {
            await db.SaveChangesAsync(request.CancellationToken);
            return WriteOutcome.Written(referral.Id);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return DuplicateReferral(recipientField);
        }
    }

    public static Task<WriteOutcome> AcceptAsync(WriteRequest request) => MoveAsync(request, ReferralStatus.Accepted, "acceptReferral", (_, _) => []);

    public static Task<WriteOutcome> WithdrawAsync(WriteRequest request) => MoveAsync(request, ReferralStatus.Withdrawn, "withdrawReferral", (_, _) => []);

    public static Task<WriteOutcome> DeclineAsync(WriteRequest request) => MoveAsync(request, ReferralStatus.Declined, "declineReferral", (referral, errors) =>
    {
        var reason = request.Get<string>("reason");
        errors.Text<Referral>(reason, nameof(Referral.DeclineReason), InputErrors.TextKind.Required, "reason");
        referral.DeclineReason = reason;
        return ["declineReason"];
    });

    public static Task<WriteOutcome> CompleteAsync(WriteRequest request) => MoveAsync(request, ReferralStatus.Completed, "completeReferral", (referral, errors) =>
    {
        var delivered = request.List<Service>("servicesDelivered").ToHashSet();
        var stray = delivered.Where(s => referral.Services.All(x => x.Service != s)).ToList();
        if (delivered.Count == 0)
        {
            errors.Add(UserErrorCode.Required, "Name the services delivered; at least one.", "servicesDelivered");
        }
        else if (stray.Count > 0)
        {
            errors.Add(UserErrorCode.InvalidValue, $"Not asked for in this referral: {string.Join(", ", stray.Select(s => s.ToString().ToConstantCase()))}.", "servicesDelivered");
        }

        foreach (var service in referral.Services)
        {
            service.Delivered = delivered.Contains(service.Service);
        }

        return ["servicesDelivered"];
    });

    // Found only among the referrals the caller's agency is a party to; the version is checked
    // before the move, and again by the database when it is saved.
    private static async Task<WriteOutcome> MoveAsync(WriteRequest request, ReferralStatus to, string operation, Func<Referral, InputErrors, IEnumerable<string>> details)
    {
        var (db, actor) = (request.Db, request.Actor);
        var errors = new InputErrors(db);
        var id = errors.Id(request.Get<string>("id"), "id");
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        var referral = await db.Referrals.Include(r => r.Services)
            .Where(DisclosurePolicy.ReferralVisible.For(actor.Scope(db))).SingleOrDefaultAsync(r => r.Id == id, request.CancellationToken);
        if (referral is null)
        {
            return WriteOutcome.Refused(UserErrorCode.NotFound, "Your agency is a party to no referral with this id.", "id");
        }

        if (referral.Version != request.Get<int>("version"))
        {
            return VersionConflict.Of(nameof(Referral), referral.Version);
        }

        var party = referral.ToAgencyId == actor.AgencyId ? Party.Recipient : Party.Sender;
        if (!IsAllowed(referral.Status, to, party))
        {
            var who = MadeBy(to) == party ? "" : $" Only the {MadeBy(to)?.ToString().ToLowerInvariant()} makes it.";
            return WriteOutcome.Refused(UserErrorCode.InvalidTransition, $"A referral that is {referral.Status.ToString().ToConstantCase()} cannot become {to.ToString().ToConstantCase()} by your agency.{who}", "id");
        }

        var changed = details(referral, errors).ToList();
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        Apply(referral, to, actor.Now);
        referral.Version++;
        referral.ChangedOn = actor.Now;
        AuditTrail.Record(db, actor, operation, nameof(Referral), referral.Id, ["status", .. changed]);
        try
        {
            await db.SaveChangesAsync(request.CancellationToken);
            return WriteOutcome.Written(referral.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return VersionConflict.Of(nameof(Referral), version: null);
        }
    }

    // Rule 2 seen from the recipient: an active consent for the purpose names it, directly or by
    // its kind and country; the same condition the reads apply.
    private static Task<bool> ConsentNamesAsync(WriteRequest request, DateTime now, Guid caseId, Agency recipient, Purpose purpose) =>
        request.Db.Consents.Where(k => k.CaseId == caseId)
            .Where(DisclosurePolicy.NamesCaller.For(AccessScope.OfRecipient(recipient, purpose, now, request.Db)))
            .AnyAsync(request.CancellationToken);

    private static WriteOutcome DuplicateReferral(string field) =>
        WriteOutcome.Refused(UserErrorCode.DuplicateReferral, "The case already has an open referral to this agency for this purpose.", field);
}
