using Hub.Data.Entities;

namespace Hub.Api.Disclosures;

/// <summary>The cases a response discloses, with the categories disclosed, one entry per case and
/// purpose (see <see cref="DisclosedCases"/>); written before the response is sent (rule 9).</summary>
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
