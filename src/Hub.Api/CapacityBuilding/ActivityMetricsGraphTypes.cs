using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Statistics;
using Hub.Data.Entities;

namespace Hub.Api.CapacityBuilding;

internal sealed class ActivityDimensionGraphType() : DescribedEnumGraphType<ActivityDimension>("ActivityDimension", "What capacity-building metrics can group by.",
    ActivityDimensions.All.ToDictionary(d => d.Name, d => d.Description))
{
    private static readonly ActivityDimensionGraphType Names = new();

    /// <summary>The dimension's name in the schema, e.g. <c>TARGET_GROUP</c>.</summary>
    public static string NameOf(ActivityDimension dimension) => Names.Values.FindByValue(dimension)!.Name;
}

internal sealed class ActivityDimensionValueGraphType : ObjectGraphType<ActivityDimensionValue>
{
    public ActivityDimensionValueGraphType()
    {
        Name = "ActivityDimensionValue";
        Description = "Where a cell of capacity-building metrics stands in one dimension.";
        Field<NonNullGraphType<ActivityDimensionGraphType>>("dimension").Description("The dimension.").Resolve(c => c.Source.Dimension);
        Field<StringGraphType>("value").Description("The value as the schema names it: an enum value's name, a country's ISO 3166-1 alpha-3 code, a year.").Resolve(c => c.Source.Value);
    }
}

internal sealed class ActivityMetricsCellGraphType : ObjectGraphType<ActivityMetricsCell>
{
    private const string Reported = "Summed over the cell's activities, as the agencies reported them.";

    public ActivityMetricsCellGraphType()
    {
        Name = "CapacityBuildingMetricsCell";
        Description = "One cell of capacity-building metrics: a combination of dimension values, the activities that have it, and their participants.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityDimensionValueGraphType>>>>("dimensions").Description("The cell's value in each dimension, in the order of `groupBy`; empty for the total.").Resolve(c => c.Source.Dimensions);
        Field<NonNullGraphType<LongGraphType>>("value").Description("The cell's count: the number of participants, as `participants`.").Resolve(c => c.Source.Participants);
        Field<NonNullGraphType<BooleanGraphType>>("suppressed").Description("Always false: capacity-building metrics are not about the persons of cases and suppress nothing. Kept so that the cells of every statistic read alike.").Resolve(_ => false);
        Field<NonNullGraphType<IntGraphType>>("activities").Description("The number of activities.").Resolve(c => c.Source.Activities);
        Field<NonNullGraphType<LongGraphType>>("participantsFemale").Description("Female participants. " + Reported).Resolve(c => c.Source.ParticipantsFemale);
        Field<NonNullGraphType<LongGraphType>>("participantsMale").Description("Male participants. " + Reported).Resolve(c => c.Source.ParticipantsMale);
        Field<NonNullGraphType<LongGraphType>>("participantsOther").Description("Participants of another or unrecorded sex. " + Reported).Resolve(c => c.Source.ParticipantsOther);
        Field<NonNullGraphType<LongGraphType>>("participants").Description("All participants: female, male and other. " + Reported).Resolve(c => c.Source.Participants);
    }
}

internal sealed class ActivityMetricsGraphType : ObjectGraphType<ActivityMetricsTable>
{
    public ActivityMetricsGraphType()
    {
        Name = "CapacityBuildingMetrics";
        Description = "Counts of capacity-building activities and their participants, grouped by up to three dimensions. Needs the role `Projects.Read` or `Statistics.Read`.";
        this.RequireRole(HubRoles.ProjectsRead, HubRoles.StatisticsRead);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityDimensionGraphType>>>>("groupBy").Description("The dimensions, in the order asked.").Resolve(c => c.Source.GroupBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityDimensionGraphType>>>>("countsOncePerValue")
            .Description("The dimensions of `groupBy` in which an activity counts once for each of its values. Always empty: an activity has one value in each dimension, so the cells add up to the total.")
            .Resolve(c => c.Source.CountsOncePerValue);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityMetricsCellGraphType>>>>("cells").Description("A cell for every combination of values that some activity has, in the order of their values.").Resolve(c => c.Source.Cells);
        Field<NonNullGraphType<ActivityMetricsCellGraphType>>("total").Description("All the activities counted.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ProtectionGraphType>>("protection").Description("How the figures were protected: not at all (method NONE), since they are not about the persons of cases.").Resolve(_ => Protection.Unprotected);
    }
}
