using Hub.Api.Access;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Writes;

/// <summary>Takes the row lock of one of the caller's agency's cases for the rest of the request's
/// transaction. Every write that depends on the case's consents (a referral checks that one names
/// its recipient; a grant checks that it repeats none; a revocation ends one) takes it first, so
/// that they happen one after the other and each sees what the one before it committed.</summary>
internal static class CaseLock
{
    /// <summary>The actor as of the moment the lock was granted, which is when the write happens:
    /// its dates and its consent checks are of that instant, so that the record never shows a
    /// referral made after the revocation it waited for. Null when the agency owns no such case;
    /// nothing is locked then.</summary>
    public static async Task<Actor?> TakeAsync(WriteRequest request, Guid caseId)
    {
        var locked = await request.Db.Cases.Where(c => c.Id == caseId).Where(DisclosurePolicy.Owns.For(request.Actor.Scope(request.Db)))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ChangedOn, c => c.ChangedOn), request.CancellationToken) == 1;
        if (!locked)
        {
            return null;
        }

        var now = request.Clock.GetUtcNow().UtcDateTime;
        return now > request.Actor.Now ? request.Actor with { Now = now } : request.Actor;
    }
}
