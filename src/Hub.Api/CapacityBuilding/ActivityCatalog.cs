using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Ordering;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Projection;
using Hub.Data.Entities;
using GraphQLTypes = GraphQL.Types;

namespace Hub.Api.CapacityBuilding;

/// <summary>How activity fields map to columns, and what clients may filter and order activities by.</summary>
internal static class ActivityCatalog
{
    public static readonly RowProjection<CapacityBuildingActivity, ActivityRow> Rows = new RowProjection<CapacityBuildingActivity, ActivityRow>()
        .Always(r => r.Id, (a, s) => a.Id)
        .Map("project", r => r.ProjectId, (a, s) => (Guid?)a.ProjectId)
        .Map("key", r => r.Key, (a, s) => a.Key)
        .Map("version", r => r.Version, (a, s) => (int?)a.Version)
        .Map("changedOn", r => r.ChangedOn, (a, s) => (DateTime?)a.ChangedOn)
        .Map("country", r => r.CountryCode, (a, s) => a.CountryCode)
        .Map("kind", r => r.Kind, (a, s) => (ActivityKind?)a.Kind)
        .Map("startsOn", r => r.StartsOn, (a, s) => (DateOnly?)a.StartsOn)
        .Map("endsOn", r => r.EndsOn, (a, s) => (DateOnly?)a.EndsOn)
        .Map("topic", r => r.Topic, (a, s) => a.Topic)
        .Map("targetGroup", r => r.TargetGroup, (a, s) => (TargetGroup?)a.TargetGroup)
        .Map("participants", r => r.ParticipantsFemale, (a, s) => (int?)a.ParticipantsFemale)
        .Map("participants", r => r.ParticipantsMale, (a, s) => (int?)a.ParticipantsMale)
        .Map("participants", r => r.ParticipantsOther, (a, s) => (int?)a.ParticipantsOther)
        .Map("partnerInstitution", r => r.PartnerAgencyId, (a, s) => a.PartnerAgencyId)
        .Map("outcome", r => r.KnowledgeGainPoints, (a, s) => a.KnowledgeGainPoints)
        .Map("outcome", r => r.ParticipantsCertified, (a, s) => a.ParticipantsCertified)
        .Map("outcome", r => r.ProceduresAdopted, (a, s) => a.ProceduresAdopted);

    public static readonly IReadOnlyList<FilterField<CapacityBuildingActivity>> Filters =
    [
        new ValueFilter<CapacityBuildingActivity, string>("country", "The country (ISO 3166-1 alpha-3) it took place in.", typeof(StringFilterInputGraphType), (a, s) => a.CountryCode),
        new ValueFilter<CapacityBuildingActivity, ActivityKind>("kind", "The kind of activity.", typeof(EqualityFilterInputGraphType<ActivityKindGraphType>), (a, s) => a.Kind),
        new ValueFilter<CapacityBuildingActivity, TargetGroup>("targetGroup", "Who it was for.", typeof(EqualityFilterInputGraphType<TargetGroupGraphType>), (a, s) => a.TargetGroup),
        new ValueFilter<CapacityBuildingActivity, DateOnly>("startsOn", "The first day.", typeof(ComparableFilterInputGraphType<CalendarDateGraphType>), (a, s) => a.StartsOn),
        new ValueFilter<CapacityBuildingActivity, DateOnly>("endsOn", "The last day.", typeof(ComparableFilterInputGraphType<CalendarDateGraphType>), (a, s) => a.EndsOn),
        new ValueFilter<CapacityBuildingActivity, string>("topic", "The topic.", typeof(StringFilterInputGraphType), (a, s) => a.Topic),
        new ValueFilter<CapacityBuildingActivity, Guid>("projectId", "The project's id.", typeof(EqualityFilterInputGraphType<GraphQLTypes.IdGraphType>), (a, s) => a.ProjectId),
        new ValueFilter<CapacityBuildingActivity, string>("projectCode", "The project's code.", typeof(StringFilterInputGraphType), (a, s) => a.Project!.Code),
        new ValueFilter<CapacityBuildingActivity, Guid?>("partnerAgencyId", "The id of the partner institution.", typeof(EqualityFilterInputGraphType<GraphQLTypes.IdGraphType>), (a, s) => a.PartnerAgencyId),
    ];

    public static readonly IReadOnlyList<OrderField<CapacityBuildingActivity>> Order =
    [
        new("startsOn", "By first day.", d => OrderKey<CapacityBuildingActivity>.By("startsOn", a => a.StartsOn, d)),
        new("endsOn", "By last day.", d => OrderKey<CapacityBuildingActivity>.By("endsOn", a => a.EndsOn, d)),
        new("country", "By country code.", d => OrderKey<CapacityBuildingActivity>.By("country", a => a.CountryCode, d)),
    ];

    public static readonly OrderKey<CapacityBuildingActivity> Unique = OrderKey<CapacityBuildingActivity>.By("id", a => a.Id);

    public static readonly IReadOnlyList<OrderKey<CapacityBuildingActivity>> DefaultOrder =
        [OrderKey<CapacityBuildingActivity>.By("startsOn", a => a.StartsOn, descending: true)];
}
