using Hub.Api.Identity;
using Hub.Api.TrustedDocuments;
using Hub.Data;
using Hub.Data.Entities;

namespace Hub.Api.Disclosures;

/// <summary>Writes one Disclosure row per case a response discloses, in one transaction, before
/// the response leaves. When that fails the caller must not send the response.</summary>
internal sealed class DisclosureWriter(HubDbContext db, TimeProvider time)
{
    /// <summary>The disclosure rows, and the audit rows of the statistics the response answers,
    /// in one transaction.</summary>
    public async Task WriteAsync(DisclosureCollector collected, IReadOnlyList<AuditEntry> questions, Caller caller, string requestId, string? operationName, string document, CancellationToken cancellationToken)
    {
        if (collected.IsEmpty && questions.Count == 0)
        {
            return;
        }

        var agency = caller.Agency ?? throw new InvalidOperationException("Only an agency's caller can be shown case data or counts.");
        var hash = DocumentIdentifier.Of(document);
        var now = time.GetUtcNow().UtcDateTime;
        db.ChangeTracker.Clear();
        db.AuditEntries.AddRange(questions);
        db.Disclosures.AddRange(collected.Entries.Select(e => new Disclosure
        {
            Id = Guid.CreateVersion7(),
            RequestId = requestId,
            OccurredAt = now,
            AgencyId = agency.Id,
            CallerId = caller.ObjectId ?? "",
            CallerIsApp = caller.IsApp,
            Purpose = e.Purpose,
            OperationName = operationName,
            DocumentHash = hash,
            CaseId = e.Case,
            Categories = e.Categories,
        }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
