using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

/// <summary>The disclosure rows one successful response should write (rules 9 and 12): one per case
/// named, with the union of the categories it was shown in. A test notes each case as it reads the
/// response's expectation: <see cref="Shown"/> for a case object, <see cref="Pointed"/> for a cursor.</summary>
public sealed class ExpectedDisclosures(Purpose purpose)
{
    private readonly Dictionary<Guid, DataCategory> _named = [];

    public Purpose Purpose => purpose;

    /// <summary>The case object is in the response, with these disclosed categories among its
    /// requested gated fields (none when only id or reference was asked for).</summary>
    public void Shown(Guid caseId, DataCategory categories) =>
        _named[caseId] = (_named.TryGetValue(caseId, out var before) ? before : DataCategory.None) | categories;

    /// <summary>A cursor in the response points at the case.</summary>
    public void Pointed(Guid caseId) => Shown(caseId, DataCategory.None);

    /// <summary>The expected rows as (case, purpose, categories).</summary>
    public IReadOnlySet<(Guid CaseId, Purpose Purpose, DataCategory Categories)> Rows =>
        _named.Select(x => (x.Key, purpose, x.Value)).ToHashSet();
}
