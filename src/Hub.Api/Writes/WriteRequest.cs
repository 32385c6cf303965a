using Hub.Data;

namespace Hub.Api.Writes;

/// <summary>One mutation's input, with the context it is written in. A field left out of the input
/// is absent here; one sent as null is present with a null value.</summary>
internal sealed record WriteRequest(HubDbContext Db, Actor Actor, IReadOnlyDictionary<string, object?> Input, TimeProvider Clock, CancellationToken CancellationToken)
{
    public bool Has(string field) => Input.ContainsKey(field);

    public T? Get<T>(string field) => Input.TryGetValue(field, out var value) && value is T typed ? typed : default;

    public IReadOnlyList<T> List<T>(string field) => Input.TryGetValue(field, out var value) && value is IEnumerable<object?> items ? [.. items.Cast<T>()] : [];
}
