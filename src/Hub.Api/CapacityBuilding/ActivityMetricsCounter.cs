using System.Linq.Expressions;
using Hub.Api.Access;
using Hub.Api.GraphQL.Expressions;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.Statistics;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.CapacityBuilding;

/// <summary>Answers capacity-building metrics, for the GraphQL field and an export alike: the
/// activities a filter chooses, grouped by up to three dimensions, with their participants by
/// sex, counted in one statement. Activities and the officials they trained are not persons a
/// case is about: nothing is perturbed, suppressed or audited.</summary>
internal static class ActivityMetricsCounter
{
    private static readonly Expression<Func<CapacityBuildingActivity, CountedActivity>> Participants = a => new CountedActivity
    {
        ParticipantsFemale = a.ParticipantsFemale,
        ParticipantsMale = a.ParticipantsMale,
        ParticipantsOther = a.ParticipantsOther,
    };

    public static async Task<ActivityMetricsTable> CountAsync(HubDbContext db, AccessScope scope, IReadOnlyList<ActivityDimension> groupBy, object? where, CancellationToken cancellationToken)
    {
        Slots.CheckGrouping(groupBy, ActivityDimensionGraphType.NameOf);
        var dimensions = groupBy.Select(d => ActivityDimensions.ByName[d]).ToList();
        var activities = db.CapacityBuildingActivities.AsNoTracking();
        if (FilterTranslator.Translate(where, ActivityCatalog.Filters, scope) is { } filter)
        {
            activities = activities.Where(filter.Where);
        }

        var a = Participants.Parameters[0];
        var measures = (MemberInitExpression)Participants.Body;
        var rows = activities.Select(Expression.Lambda<Func<CapacityBuildingActivity, CountedActivity>>(
            MetricsQuery.Row(measures, dimensions, [.. dimensions.Select(d => ParameterReplacer.Inline(d.Column, a))]), a));
        var once = activities.Select(Expression.Lambda<Func<CapacityBuildingActivity, CountedActivity>>(MetricsQuery.Row<ActivityDimension>(measures, [], []), a));

        var sums = await MetricsQuery.Cells(rows, once, dimensions, Sums<CellGrouping>(), Sums<int>()).ToListAsync(cancellationToken);
        var cells = sums.Where(x => !x.IsTotal).Select(x => (Values: MetricsQuery.Values(x, dimensions), Sums: x)).ToList();
        cells.Sort((x, y) => MetricsQuery.Compare(x.Values, y.Values, dimensions));
        var total = MetricsQuery.TotalFromCells(dimensions)
            ? new ActivitySums
            {
                IsTotal = true,
                Activities = cells.Sum(x => x.Sums.Activities),
                ParticipantsFemale = cells.Sum(x => x.Sums.ParticipantsFemale),
                ParticipantsMale = cells.Sum(x => x.Sums.ParticipantsMale),
                ParticipantsOther = cells.Sum(x => x.Sums.ParticipantsOther),
            }
            : sums.SingleOrDefault(x => x.IsTotal) ?? new ActivitySums(); // a group of no activities is no row
        return new ActivityMetricsTable(groupBy, [.. groupBy.Where(d => ActivityDimensions.ByName[d].CountsOncePerValue)],
            [.. cells.Select(x => Cell(dimensions, x.Values, x.Sums))], Cell(dimensions, [], total));
    }

    private static Expression<Func<IGrouping<TKey, CountedActivity>, ActivitySums>> Sums<TKey>() => g => new ActivitySums
    {
        Activities = g.Count(),
        ParticipantsFemale = g.Sum(x => x.ParticipantsFemale),
        ParticipantsMale = g.Sum(x => x.ParticipantsMale),
        ParticipantsOther = g.Sum(x => x.ParticipantsOther),
    };

    private static ActivityMetricsCell Cell(List<MetricsDimension<ActivityDimension>> dimensions, IReadOnlyList<object?> values, ActivitySums sums) => new(
        [.. values.Select((v, i) => new ActivityDimensionValue(dimensions[i].Name, v is null ? null : dimensions[i].Show(v)))],
        sums.Activities, sums.ParticipantsFemale, sums.ParticipantsMale, sums.ParticipantsOther);
}
