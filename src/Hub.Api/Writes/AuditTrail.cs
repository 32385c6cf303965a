using System.Text.Json;
using Hub.Data;
using Hub.Data.Entities;

namespace Hub.Api.Writes;

/// <summary>Appends the audit row of a write to the same unit of work as the write itself, so that
/// both are saved together or neither is: a write that cannot be audited does not happen. It names
/// the fields set, never their values. Every write is audited here, the operator's too, which
/// belong to no agency.</summary>
internal static class AuditTrail
{
    public static void Record(HubDbContext db, Actor actor, string operation, string entityType, Guid entityId, IEnumerable<string> changedFields) =>
        Record(db, actor, operation, entityType, entityId.ToString(), changedFields);

    /// <summary>The audit row of a write of an object known by a key other than an id; <c>after</c>
    /// is what the write left, given only for objects whose values are nobody's personal data (a
    /// trusted document's name and state), null for every other.</summary>
    public static void Record(HubDbContext db, Actor actor, string operation, string entityType, string entityId, IEnumerable<string> changedFields, object? after = null) =>
        db.AuditEntries.Add(Entry(actor, operation, entityType, entityId, changedFields, after));

    /// <summary>The audit row itself, for a caller that saves it with other rows of its own.</summary>
    public static AuditEntry Entry(Actor actor, string operation, string entityType, string entityId, IEnumerable<string> changedFields, object? after = null) => new()
    {
        OccurredAt = actor.Now,
        RequestId = actor.RequestId,
        TenantId = actor.Caller.TenantId,
        AgencyId = actor.Agency?.Id,
        ActorId = actor.Caller.ObjectId ?? "",
        ActorIsApp = actor.Caller.IsApp,
        Action = operation,
        EntityType = entityType,
        EntityId = entityId,
        ChangedFields = string.Join(',', changedFields.Distinct(StringComparer.Ordinal)),
        AfterJson = after is null ? null : JsonSerializer.Serialize(after),
    };
}
