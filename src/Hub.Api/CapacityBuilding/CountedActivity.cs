namespace Hub.Api.CapacityBuilding;

/// <summary>One activity as capacity-building metrics count it: the values of the dimensions asked
/// for in their slots, and its participants.</summary>
internal sealed class CountedActivity
{
    public string? Text0 { get; set; }
    public string? Text1 { get; set; }
    public string? Text2 { get; set; }
    public int? Number0 { get; set; }
    public int? Number1 { get; set; }
    public int? Number2 { get; set; }
    public long ParticipantsFemale { get; set; }
    public long ParticipantsMale { get; set; }
    public long ParticipantsOther { get; set; }
}

/// <summary>A cell of capacity-building metrics as the database sums it; <see cref="IsTotal"/>
/// marks the row of all activities.</summary>
internal sealed class ActivitySums
{
    public bool IsTotal { get; set; }
    public string? Text0 { get; set; }
    public string? Text1 { get; set; }
    public string? Text2 { get; set; }
    public int? Number0 { get; set; }
    public int? Number1 { get; set; }
    public int? Number2 { get; set; }
    public int Activities { get; set; }
    public long ParticipantsFemale { get; set; }
    public long ParticipantsMale { get; set; }
    public long ParticipantsOther { get; set; }
}
