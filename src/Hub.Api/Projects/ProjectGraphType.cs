using GraphQL.Types;
using Hub.Api.Agencies;
using Hub.Api.CapacityBuilding;
using Hub.Api.Countries;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Data.Entities;

namespace Hub.Api.Projects;

internal sealed class ProjectGraphType : ObjectGraphType<ProjectRow>
{
    private const string Financial = "Financial: null unless the caller has the role `Projects.ReadFinancials` or its agency leads or partners in the project (see `financialsDisclosed`).";

    public ProjectGraphType()
    {
        Name = "Project";
        Description = "A counter-trafficking project. Readable by every active agency with the role `Projects.Read`; financial fields are restricted.";
        this.RequireRole(HubRoles.ProjectsRead);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable identifier.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Project code, e.g. `CT-2023-0001`.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Goes up by one with each change; `updateProject` names the version it read.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<DateTimeGraphType>>("changedOn").Description("When the project last changed (UTC).").Resolve(c => c.Source.ChangedOn);
        Field<NonNullGraphType<ProjectStatusGraphType>>("status").Description("Where the project stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ProjectFocusGraphType>>("focus").Description("The pillar it mainly serves.").Resolve(c => c.Source.Focus);
        Field<NonNullGraphType<CalendarDateGraphType>>("startsOn").Description("Start date.").Resolve(c => c.Source.StartsOn);
        Field<NonNullGraphType<CalendarDateGraphType>>("endsOn").Description("End date (planned, or actual once completed).").Resolve(c => c.Source.EndsOn);
        Field<NonNullGraphType<StringGraphType>>("donor").Description("The main donor.").Resolve(c => c.Source.Donor);
        Field<NonNullGraphType<AgencyGraphType>>("leadAgency").Description("The agency that leads the project.")
            .Resolve(c => c.Source.LeadAgency);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyGraphType>>>>("partnerAgencies").Description("The partner agencies, by code.")
            .Resolve(c => ProjectLoaders.LoadPartners(c, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryGraphType>>>>("countries").Description("The countries it runs in, by code.")
            .Resolve(c => ProjectLoaders.LoadCountries(c, c.Source.Id));
        Field<NonNullGraphType<ProjectFiguresGraphType>>("targets").Description("What the project set out to achieve.")
            .Resolve(c => new ProjectFigures(c.Source.TargetPeopleAssisted, c.Source.TargetPeopleTrained, c.Source.TargetPeopleReached));
        Field<NonNullGraphType<ProjectFiguresGraphType>>("results").Description("What it has achieved so far.")
            .Resolve(c => new ProjectFigures(c.Source.ResultPeopleAssisted, c.Source.ResultPeopleTrained, c.Source.ResultPeopleReached));
        Field<NonNullGraphType<ConnectionGraphType<CapacityBuildingActivityGraphType, ActivityRow>>>("activities")
            .Description("Its capacity-building activities, latest first, as `capacityBuildingActivities` lists them. To filter or order them otherwise, use that root field with `where: { projectCode: { eq: ... } }`.")
            .PagingArguments()
            .Resolve(c => ProjectLoaders.LoadActivities(c, c.Source.Id));
        Field<NonNullGraphType<BooleanGraphType>>("financialsDisclosed")
            .Description("Whether the financial fields are shown to the caller: with the role `Projects.ReadFinancials`, or as the lead or a partner agency.")
            .Resolve(c => c.Source.FinancialsDisclosed);
        Field<LongGraphType>("budgetUsd").Description("The budget in whole US dollars. " + Financial).Resolve(c => c.Source.BudgetUsd);
        Field<ListGraphType<NonNullGraphType<DonorContributionGraphType>>>("donorContributions").Description("Contributions by donor and year. " + Financial)
            .Resolve(c => c.Source.FinancialsDisclosed ? ProjectLoaders.LoadContributions(c, c.Source.Id) : null);
    }
}
