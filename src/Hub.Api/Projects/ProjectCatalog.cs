using Hub.Api.Access;
using Hub.Api.Agencies;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Ordering;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Projection;
using Hub.Data.Entities;
using GraphQLTypes = GraphQL.Types;

namespace Hub.Api.Projects;

/// <summary>How project fields map to columns, and what clients may filter and order projects by.</summary>
internal static class ProjectCatalog
{
    public static readonly RowProjection<Project, ProjectRow> Rows = new RowProjection<Project, ProjectRow>()
        .Always(r => r.Id, (p, s) => p.Id)
        .Map("code", r => r.Code, (p, s) => p.Code)
        .Map("title", r => r.Title, (p, s) => p.Title)
        .Map("version", r => r.Version, (p, s) => (int?)p.Version)
        .Map("changedOn", r => r.ChangedOn, (p, s) => (DateTime?)p.ChangedOn)
        .Map("leadAgency", r => r.LeadAgency, (p, s) => p.LeadAgency)
        .Map("donor", r => r.Donor, (p, s) => p.Donor)
        .Map("startsOn", r => r.StartsOn, (p, s) => (DateOnly?)p.StartsOn)
        .Map("endsOn", r => r.EndsOn, (p, s) => (DateOnly?)p.EndsOn)
        .Map("status", r => r.Status, (p, s) => (ProjectStatus?)p.Status)
        .Map("focus", r => r.Focus, (p, s) => (ProjectFocus?)p.Focus)
        .Map("targets", r => r.TargetPeopleAssisted, (p, s) => (int?)p.TargetPeopleAssisted)
        .Map("targets", r => r.TargetPeopleTrained, (p, s) => (int?)p.TargetPeopleTrained)
        .Map("targets", r => r.TargetPeopleReached, (p, s) => (int?)p.TargetPeopleReached)
        .Map("results", r => r.ResultPeopleAssisted, (p, s) => (int?)p.ResultPeopleAssisted)
        .Map("results", r => r.ResultPeopleTrained, (p, s) => (int?)p.ResultPeopleTrained)
        .Map("results", r => r.ResultPeopleReached, (p, s) => (int?)p.ResultPeopleReached)
        .Map("financialsDisclosed", r => r.FinancialsDisclosed, DisclosurePolicy.FinancialsDisclosed)
        .Map("donorContributions", r => r.FinancialsDisclosed, DisclosurePolicy.FinancialsDisclosed)
        .Map("budgetUsd", r => r.BudgetUsd, Gate.When<Project, long?>(DisclosurePolicy.FinancialsDisclosed, (p, s) => p.BudgetUsd));

    public static readonly IReadOnlyList<FilterField<Project>> Filters =
    [
        new ValueFilter<Project, string>("code", "The project code.", typeof(StringFilterInputGraphType), (p, s) => p.Code),
        new ValueFilter<Project, string>("title", "The title.", typeof(StringFilterInputGraphType), (p, s) => p.Title),
        new ValueFilter<Project, string>("donor", "The main donor.", typeof(StringFilterInputGraphType), (p, s) => p.Donor),
        new ValueFilter<Project, ProjectStatus>("status", "The status.", typeof(EqualityFilterInputGraphType<ProjectStatusGraphType>), (p, s) => p.Status),
        new ValueFilter<Project, ProjectFocus>("focus", "The focus.", typeof(EqualityFilterInputGraphType<ProjectFocusGraphType>), (p, s) => p.Focus),
        new ValueFilter<Project, DateOnly>("startsOn", "The start date.", typeof(ComparableFilterInputGraphType<CalendarDateGraphType>), (p, s) => p.StartsOn),
        new ValueFilter<Project, DateOnly>("endsOn", "The end date.", typeof(ComparableFilterInputGraphType<CalendarDateGraphType>), (p, s) => p.EndsOn),
        new AgencyFilter<Project>("leadAgency", "The agency that leads the project.", p => p.LeadAgencyId),
        new SetFilter<Project, string>("countries", "The countries (ISO 3166-1 alpha-3 codes) the project runs in.", typeof(SetFilterInputGraphType<StringFilterInputGraphType>), p => p.Countries.Select(c => c.CountryCode)),
        new SetFilter<Project, Guid>("partnerAgencyIds", "The ids of the partner agencies.", typeof(SetFilterInputGraphType<EqualityFilterInputGraphType<GraphQLTypes.IdGraphType>>), p => p.Partners.Select(x => x.AgencyId)),
    ];

    public static readonly IReadOnlyList<OrderField<Project>> Order =
    [
        new("code", "By project code.", d => OrderKey<Project>.By("code", p => p.Code, d)),
        new("title", "By title.", d => OrderKey<Project>.By("title", p => p.Title, d)),
        new("startsOn", "By start date.", d => OrderKey<Project>.By("startsOn", p => p.StartsOn, d)),
        new("endsOn", "By end date.", d => OrderKey<Project>.By("endsOn", p => p.EndsOn, d)),
    ];

    public static readonly OrderKey<Project> Unique = OrderKey<Project>.By("id", p => p.Id);

    public static readonly IReadOnlyList<OrderKey<Project>> DefaultOrder = [OrderKey<Project>.By("code", p => p.Code)];
}
