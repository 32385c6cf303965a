using Hub.Api.Access;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

/// <summary>The columns of one case a query read. The gated values sit in <see cref="Values"/>, one
/// element per field of <see cref="GatedCaseFields"/> (a set as its bits), null when not selected or
/// not disclosed; <see cref="Disclosed"/> says, per category of <see cref="CaseCategories.All"/>,
/// whether the policy disclosed it, so that "withheld" and "unknown" stay apart.</summary>
internal sealed class CaseRow
{
    public Guid Id { get; init; }
    public Guid OwnerAgencyId { get; init; }

    /// <summary>The owner, read in the same statement as the case when selected.</summary>
    public Hub.Data.Entities.Agency? Owner { get; init; }
    public string? Reference { get; init; }
    public DateTime? RegisteredOn { get; init; }
    /// <summary>The case's own last change, read for its owner only.</summary>
    public DateTime? ChangedOn { get; init; }

    /// <summary>For any other agency, what it may learn of the case's changes (<see cref="DisclosurePolicy.SeenChanges"/>).</summary>
    public DateTime?[] SeenChanges { get; init; } = [];

    /// <summary>When the case last changed as the caller may know it.</summary>
    public DateTime? ChangedOnAsSeen => ChangedOn ?? SeenChanges.Max();
    public int? Version { get; init; }

    public object?[] Values { get; init; } = [];

    public bool[] Disclosed { get; init; } = [];

    /// <summary>The purpose the case was read for; its relations are read under the same one.</summary>
    public Purpose Purpose { get; set; }

    /// <summary>The categories a filter read to choose this case, when one did.</summary>
    public DataCategory FilterReads { get; set; }

    /// <summary>What the response tells of the case besides its fields: the categories a filter
    /// read of it, where they were disclosed.</summary>
    public DataCategory FilteredBy => CaseCategories.Split(FilterReads).Where(Discloses).Aggregate(DataCategory.None, (all, c) => all | c);

    /// <summary>The fields the client selected on this case.</summary>
    public IReadOnlySet<string> Selected { get; set; } = new HashSet<string>();

    /// <summary>The value of the field at <paramref name="index"/> of <see cref="Values"/>; null when it
    /// was not read (not selected, or of a category the caller's roles do not open).</summary>
    public object? Value(int index) => index < Values.Length ? Values[index] : null;

    public bool Discloses(DataCategory category) => Array.IndexOf(CaseCategories.All, category) is var i && i >= 0 && i < Disclosed.Length && Disclosed[i];
}
