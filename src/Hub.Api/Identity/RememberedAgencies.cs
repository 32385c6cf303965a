using System.Collections.Concurrent;
using Hub.Data.Entities;

namespace Hub.Api.Identity;

/// <summary>This instance's memory of the registry entries of active agencies, by tenant. A query
/// may run on a remembered entry without asking the registry first, because it is never taken on
/// trust: the statement of a root page holds the condition that the registry still says the same
/// (<see cref="CallerResolver.StillRegistered{T}"/>), and a request whose statements did not prove
/// it asks the registry before anything leaves, and runs again when the answer differs. A change of
/// the registry, made through any instance, so holds from the next request on. Writes never run on
/// a remembered entry.</summary>
internal sealed class RememberedAgencies
{
    // Far more than there are agencies; past it, forgetting all costs one registry read per tenant.
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<Guid, CallerAgency> _entries = new();

    public CallerAgency? Find(Guid tenant) => _entries.TryGetValue(tenant, out var agency) ? agency : null;

    /// <summary>Keeps what the registry just said of a tenant: only an active agency's entry is
    /// remembered, so that every refusal is decided on a fresh read.</summary>
    public void Remember(Guid tenant, CallerAgency? agency)
    {
        if (agency is not { Status: AgencyStatus.Active })
        {
            _entries.TryRemove(tenant, out _);
            return;
        }

        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[tenant] = agency;
    }
}
