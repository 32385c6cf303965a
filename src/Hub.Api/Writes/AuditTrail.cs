using Hub.Data;
using Hub.Data.Entities;

namespace Hub.Api.Writes;

/// <summary>Appends the audit row of a write to the same unit of work as the write itself, so that
/// both are saved together or neither is: a write that cannot be audited does not happen. It names
/// the fields set, never their values.</summary>
internal static class AuditTrail
{
    public static void Record(HubDbContext db, Actor actor, string operation, string entityType, Guid entityId, IEnumerable<string> changedFields) =>
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = actor.Now,
            RequestId = actor.RequestId,
            TenantId = actor.Caller.TenantId,
            AgencyId = actor.AgencyId,
            ActorId = actor.Caller.ObjectId ?? "",
            ActorIsApp = actor.Caller.IsApp,
            Action = operation,
            EntityType = entityType,
            EntityId = entityId.ToString(),
            ChangedFields = string.Join(',', changedFields.Distinct(StringComparer.Ordinal)),
        });
}
