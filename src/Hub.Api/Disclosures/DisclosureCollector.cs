using Hub.Data.Entities;

namespace Hub.Api.Disclosures;

/// <summary>The cases a response is about to disclose, with the categories disclosed, gathered
/// while the response is built and written before it is sent (rule 9).</summary>
internal sealed class DisclosureCollector
{
    private readonly Dictionary<(Guid Case, Purpose Purpose), DataCategory> _disclosed = [];

    public void Record(Guid caseId, Purpose purpose, DataCategory categories)
    {
        _disclosed[(caseId, purpose)] = _disclosed.GetValueOrDefault((caseId, purpose)) | categories;
    }

    public bool IsEmpty => _disclosed.Count == 0;

    public IEnumerable<(Guid Case, Purpose Purpose, DataCategory Categories)> Entries =>
        _disclosed.Select(e => (e.Key.Case, e.Key.Purpose, e.Value));
}
