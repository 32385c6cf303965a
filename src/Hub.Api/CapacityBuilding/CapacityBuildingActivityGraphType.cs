using GraphQL.Types;
using Hub.Api.Agencies;
using Hub.Api.Countries;
using Hub.Api.GraphQL;
using Hub.Api.Projects;
using Hub.Data.Entities;

namespace Hub.Api.CapacityBuilding;

internal sealed class CapacityBuildingActivityGraphType : ObjectGraphType<ActivityRow>
{
    public CapacityBuildingActivityGraphType()
    {
        Name = "CapacityBuildingActivity";
        Description = "A training, workshop or other capacity-building activity a project ran for a government or civil-society institution.";
        this.RequireRole(HubRoles.ProjectsRead);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable identifier.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("key").Description("The agency's own key for the activity, unique within its project, e.g. `CB-014`.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Goes up by one with each change; `updateCapacityBuildingActivity` names the version it read.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<DateTimeGraphType>>("changedOn").Description("When the activity last changed (UTC).").Resolve(c => c.Source.ChangedOn);
        Field<NonNullGraphType<ProjectGraphType>>("project").Description("The project that ran it.")
            .Resolve(c => ProjectLoaders.LoadProject(c, c.Source.ProjectId!.Value));
        Field<NonNullGraphType<CountryGraphType>>("country").Description("Where it took place.")
            .Resolve(c => c.LoadCountry(c.Source.CountryCode!));
        Field<NonNullGraphType<ActivityKindGraphType>>("kind").Description("What kind of activity it was.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<CalendarDateGraphType>>("startsOn").Description("The first day.").Resolve(c => c.Source.StartsOn);
        Field<NonNullGraphType<CalendarDateGraphType>>("endsOn").Description("The last day.").Resolve(c => c.Source.EndsOn);
        Field<NonNullGraphType<StringGraphType>>("topic").Description("The subject taught or worked on.").Resolve(c => c.Source.Topic);
        Field<NonNullGraphType<TargetGroupGraphType>>("targetGroup").Description("Who it was for.").Resolve(c => c.Source.TargetGroup);
        Field<NonNullGraphType<ParticipantsGraphType>>("participants").Description("Who took part, by sex.").Resolve(c => c.Source);
        Field<AgencyGraphType>("partnerInstitution").Description("The institution trained or assisted, when it is a registered agency.")
            .Resolve(c => c.Source.PartnerAgencyId is { } id ? c.LoadAgency(id) : null);
        Field<NonNullGraphType<ActivityOutcomeGraphType>>("outcome").Description("What it achieved.").Resolve(c => c.Source);
    }
}
