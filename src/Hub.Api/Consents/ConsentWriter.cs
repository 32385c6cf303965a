using Hub.Api.Agencies;
using Hub.Api.Options;
using Hub.Api.Writes;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Consents;

/// <summary>Records and revokes the consents of the caller's agency's cases. A consent's
/// <c>RecordedOn</c> makes its case new to the agencies it names, and to them only.</summary>
internal static class ConsentWriter
{
    public static async Task<WriteOutcome> GrantAsync(WriteRequest request, WritesOptions options)
    {
        var (db, actor) = (request.Db, request.Actor);
        var errors = new InputErrors(db);
        var caseId = errors.Id(request.Get<string>("caseId"), "caseId");
        var categories = request.List<DataCategory>("categories").Aggregate(DataCategory.None, (all, c) => all | c);
        if (categories == DataCategory.None)
        {
            errors.Add(UserErrorCode.Required, "A consent covers at least one data category.", "categories");
        }

        var givenOn = request.Get<DateTime?>("grantedOn")?.ToUniversalTime();
        var grantedOn = givenOn ?? actor.Now;
        var expiresOn = request.Get<DateTime>("expiresOn").ToUniversalTime();
        if (grantedOn.Year < 1900)
        {
            errors.Add(UserErrorCode.InvalidValue, "A date before 1900 is not when a person gave consent.", "grantedOn");
        }
        else if (grantedOn > actor.Now)
        {
            errors.Add(UserErrorCode.DateInFuture, "A consent is recorded once it was given: grantedOn cannot lie in the future.", "grantedOn");
        }

        // Without a grantedOn the consent holds from now, so an expiry not after it lies in the past:
        // the two are out of order only when the client gave both.
        if (givenOn is not null && expiresOn <= grantedOn)
        {
            errors.Add(UserErrorCode.DatesOutOfOrder, "A consent expires after it was given.", "expiresOn");
        }
        else if (expiresOn <= actor.Now)
        {
            errors.Add(UserErrorCode.DateInPast, "A consent recorded now must still hold: expiresOn lies in the past.", "expiresOn");
        }
        else if (expiresOn > actor.Now.AddDays(options.ConsentHorizonDays) || expiresOn > grantedOn.AddDays(options.ConsentHorizonDays))
        {
            errors.Add(UserErrorCode.BeyondHorizon, $"A consent lasts at most {options.ConsentHorizonDays} days from when it was given, and expires at most that far ahead; ask the person again then.", "expiresOn");
        }

        var recipient = request.Get<Dictionary<string, object?>>("recipient") ?? [];
        var (agency, kind, country) = await RecipientAsync(request, recipient, errors);
        var locked = caseId is { } id ? await CaseLock.TakeAsync(request, id) : null;
        var owned = locked is not null;
        actor = locked ?? actor;
        if (caseId is not null && !owned)
        {
            errors.Add(UserErrorCode.NotFound, "Your agency has no case with this id.", "caseId");
        }
        else if (agency?.Id == actor.AgencyId)
        {
            errors.Add(UserErrorCode.RecipientIsOwner, "Your agency owns the case and sees it without consent.", "recipient");
        }
        else if (agency is { Status: not AgencyStatus.Active })
        {
            errors.Add(UserErrorCode.RecipientSuspended, $"{agency.Code}'s access to the Hub is suspended: nothing can be shared with it.", "recipient");
        }

        var purpose = request.Get<Purpose>("purpose");
        if (!errors.Any && await db.Consents.AnyAsync(k => k.CaseId == caseId && k.Purpose == purpose && k.Categories == categories
                && k.RecipientAgencyId == (agency == null ? null : agency.Id) && k.RecipientKind == kind && k.RecipientCountryCode == country
                && k.RevokedOn == null && k.ExpiresOn > actor.Now, request.CancellationToken))
        {
            // A second copy would outlive the revocation of the first.
            errors.Add(UserErrorCode.DuplicateConsent, "The case already has this consent, active: the same purpose, recipient and categories. Revoke it first to record it anew.", "recipient");
        }

        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        var consent = new Consent
        {
            Id = Guid.CreateVersion7(actor.Now),
            CaseId = caseId!.Value,
            Purpose = purpose,
            RecipientAgencyId = agency?.Id,
            RecipientKind = kind,
            RecipientCountryCode = country,
            Categories = categories,
            GrantedOn = grantedOn,
            ExpiresOn = expiresOn,
            Evidence = request.Get<ConsentEvidence>("evidence"),
            InterpreterUsed = request.Get<bool>("interpreterUsed"),
            RecordedBy = actor.Caller.ObjectId ?? "",
            RecordedOn = actor.Now,
        };
        db.Consents.Add(consent);
        AuditTrail.Record(db, actor, "grantConsent", nameof(Consent), consent.Id, request.Input.Keys.Order(StringComparer.Ordinal));
        await db.SaveChangesAsync(request.CancellationToken);
        return WriteOutcome.Written(consent.Id);
    }

    public static async Task<WriteOutcome> RevokeAsync(WriteRequest request)
    {
        var (db, actor) = (request.Db, request.Actor);
        var errors = new InputErrors(db);
        var id = errors.Id(request.Get<string>("id"), "id");
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        var caseId = await db.Consents.Where(k => k.Id == id).Select(k => (Guid?)k.CaseId).SingleOrDefaultAsync(request.CancellationToken);
        var locked = caseId is { } owner ? await CaseLock.TakeAsync(request, owner) : null;
        actor = locked ?? actor;
        var consent = locked is not null ? await db.Consents.SingleAsync(k => k.Id == id, request.CancellationToken) : null;
        if (consent is null)
        {
            return WriteOutcome.Refused(UserErrorCode.NotFound, "No case of your agency has a consent with this id.", "id");
        }

        if (consent.Version != request.Get<int>("version"))
        {
            return VersionConflict.Of(nameof(Consent), consent.Version);
        }

        if (consent.RevokedOn is not null)
        {
            return WriteOutcome.Refused(UserErrorCode.InvalidTransition, "The consent was revoked already.", "id");
        }

        consent.RevokedOn = actor.Now;
        consent.Version++;
        AuditTrail.Record(db, actor, "revokeConsent", nameof(Consent), consent.Id, ["revokedOn"]);
        try
        {
            await db.SaveChangesAsync(request.CancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return VersionConflict.Of(nameof(Consent), version: null);
        }

        return WriteOutcome.Written(consent.Id);
    }

    // One agency by id or code, or a kind and a country: exactly one of the two forms.
    private static async Task<(Agency? Agency, AgencyKind? Kind, string? Country)> RecipientAsync(WriteRequest request, Dictionary<string, object?> recipient, InputErrors errors)
    {
        var id = recipient.GetValueOrDefault("agencyId") as string;
        var code = recipient.GetValueOrDefault("agencyCode") as string;
        var kind = recipient.GetValueOrDefault("kind") as AgencyKind?;
        var country = recipient.GetValueOrDefault("country") as string;
        var byAgency = id is not null || code is not null;
        if (byAgency == (kind is not null || country is not null) || (!byAgency && (kind is null || country is null)))
        {
            errors.Add(UserErrorCode.Required, "Name one agency (agencyId or agencyCode), or a kind and a country; not both.", "recipient");
            return (null, null, null);
        }

        if (byAgency)
        {
            return (await AgencyLookup.FindAsync(request.Db, errors, id, code, ["recipient", "agencyId"], ["recipient", "agencyCode"], request.CancellationToken), null, null);
        }

        await errors.CountriesAsync([(country, ["recipient", "country"])], request.CancellationToken);
        return (null, kind, country);
    }
}
