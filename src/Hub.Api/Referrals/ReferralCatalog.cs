using Hub.Api.Agencies;
using Hub.Api.Cases;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Ordering;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Projection;
using Hub.Api.Projects;
using Hub.Data.Entities;
using GraphQLTypes = GraphQL.Types;

namespace Hub.Api.Referrals;

/// <summary>How referral fields map to columns, and what clients may filter and order referrals by.</summary>
internal static class ReferralCatalog
{
    public static readonly RowProjection<Referral, ReferralRow> Rows = new RowProjection<Referral, ReferralRow>()
        .Always(r => r.Id, (r, s) => r.Id)
        .Always(r => r.CaseId, (r, s) => r.CaseId)
        .Always(r => r.ReferredOn, (r, s) => r.ReferredOn)
        .Map("fromAgency", r => r.FromAgency, (r, s) => r.FromAgency)
        .Map("toAgency", r => r.ToAgency, (r, s) => r.ToAgency)
        .Map("status", r => r.Status, (r, s) => (ReferralStatus?)r.Status)
        .Map("respondedOn", r => r.RespondedOn, (r, s) => r.RespondedOn)
        .Map("closedOn", r => r.ClosedOn, (r, s) => r.ClosedOn)
        .MapRelation("project", r => r.Project, r => r.Project, ProjectCatalog.Rows)
        .Map("purpose", r => r.ReferredFor, (r, s) => (Purpose?)r.Purpose)
        .Map("note", r => r.Note, (r, s) => r.Note)
        .Map("declineReason", r => r.DeclineReason, (r, s) => r.DeclineReason)
        .Map("changedOn", r => r.ChangedOn, (r, s) => (DateTime?)r.ChangedOn)
        .Map("version", r => r.Version, (r, s) => (int?)r.Version);

    public static readonly IReadOnlyList<FilterField<Referral>> Filters =
    [
        new ValueFilter<Referral, ReferralStatus>("status", "The status.", typeof(EqualityFilterInputGraphType<ReferralStatusGraphType>), (r, s) => r.Status),
        new ValueFilter<Referral, DateTime>("referredOn", "When the referral was made.", typeof(ComparableFilterInputGraphType<GraphQLTypes.DateTimeGraphType>), (r, s) => r.ReferredOn),
        new AgencyFilter<Referral>("fromAgency", "The referring agency.", r => r.FromAgencyId),
        new AgencyFilter<Referral>("toAgency", "The agency asked to provide the services.", r => r.ToAgencyId),
        new ValueFilter<Referral, Guid?>("projectId", "The id of the project that funds it.", typeof(EqualityFilterInputGraphType<GraphQLTypes.IdGraphType>), (r, s) => r.ProjectId),
        new SetFilter<Referral, Service>("services", "The services it asks for.", typeof(SetFilterInputGraphType<EqualityFilterInputGraphType<ServiceGraphType>>), r => r.Services.Select(x => x.Service)),
    ];

    public static readonly IReadOnlyList<OrderField<Referral>> Order =
    [
        new("referredOn", "By referral time.", d => OrderKey<Referral>.By("referredOn", r => r.ReferredOn, d)),
    ];

    public static readonly OrderKey<Referral> Unique = OrderKey<Referral>.By("id", r => r.Id);

    public static readonly IReadOnlyList<OrderKey<Referral>> DefaultOrder = [OrderKey<Referral>.By("referredOn", r => r.ReferredOn, descending: true)];
}
