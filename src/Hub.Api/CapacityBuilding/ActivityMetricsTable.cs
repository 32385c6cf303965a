namespace Hub.Api.CapacityBuilding;

/// <summary>Capacity-building metrics as they leave the Hub: the grouping, a cell for every
/// combination of values some activity has (in the order of their values), and the total.</summary>
internal sealed record ActivityMetricsTable(IReadOnlyList<ActivityDimension> GroupBy, IReadOnlyList<ActivityDimension> CountsOncePerValue,
    IReadOnlyList<ActivityMetricsCell> Cells, ActivityMetricsCell Total);

/// <summary>One cell: its value in each dimension, how many activities it holds, and their participants by sex.</summary>
internal sealed record ActivityMetricsCell(IReadOnlyList<ActivityDimensionValue> Dimensions, int Activities,
    long ParticipantsFemale, long ParticipantsMale, long ParticipantsOther)
{
    public long Participants => ParticipantsFemale + ParticipantsMale + ParticipantsOther;
}

/// <summary>A cell's value in one dimension, as the schema shows it.</summary>
internal sealed record ActivityDimensionValue(ActivityDimension Dimension, string? Value);
