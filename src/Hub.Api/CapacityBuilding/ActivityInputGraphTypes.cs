using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Writes;

namespace Hub.Api.CapacityBuilding;

internal sealed class ParticipantsInputGraphType : InputObjectGraphType
{
    public ParticipantsInputGraphType()
    {
        Name = "ParticipantsInput";
        Description = "Who took part, by sex; each count zero or more. A count left out keeps its value (zero for a new activity).";
        Field<IntGraphType>("female").Description("Women and girls.");
        Field<IntGraphType>("male").Description("Men and boys.");
        Field<IntGraphType>("other").Description("Other or not recorded.");
    }
}

internal sealed class ActivityOutcomeInputGraphType : InputObjectGraphType
{
    public ActivityOutcomeInputGraphType()
    {
        Name = "ActivityOutcomeInput";
        Description = "What an activity achieved, measured once it has ended. A measure left out keeps its value; null clears it.";
        Field<DecimalGraphType>("knowledgeGainPoints").Description("Mean gain between pre- and post-test, in percentage points: between -100 and 100, at most one decimal.");
        Field<IntGraphType>("participantsCertified").Description("Participants who completed and were certified; at most everyone who took part.");
        Field<IntGraphType>("proceduresAdopted").Description("Procedures or action plans the institution adopted afterwards.");
    }
}

/// <summary>The fields of an activity, required on recording and optional on update.</summary>
internal abstract class ActivityInputGraphType : WriteInputGraphType
{
    protected ActivityInputGraphType(string name, string description, bool create)
        : base(name, description, create)
    {
        Add("key", typeof(StringGraphType), "The agency's own key for the activity, unique within its project, e.g. `CB-014`; what an import finds it by again." + (create ? " The next `CB-nnn` when left out." : ""));
        Required<StringGraphType>("countryCode", "Where it takes place: one of the project's countries (ISO 3166-1 alpha-3).");
        Required<ActivityKindGraphType>("kind", "What kind of activity it is.");
        Required<CalendarDateGraphType>("startsOn", "The first day, within the project's period.");
        Required<CalendarDateGraphType>("endsOn", "The last day: on or after `startsOn`, within the project's period.");
        Required<StringGraphType>("topic", "The subject taught or worked on.");
        Required<TargetGroupGraphType>("targetGroup", "Who it is for.");
        Add("participants", typeof(ParticipantsInputGraphType), "Who took part, by sex.");
        Add("partnerAgencyCode", typeof(StringGraphType), "The institution trained or assisted, by agency code, when it is a registered agency; null clears it.");
        Add("outcome", typeof(ActivityOutcomeInputGraphType), "What it achieved; only once it has ended.");
    }

}

internal sealed class RecordCapacityBuildingActivityInputGraphType : ActivityInputGraphType
{
    public RecordCapacityBuildingActivityInputGraphType()
        : base("RecordCapacityBuildingActivityInput", "A capacity-building activity of a project your agency leads or partners in.", create: true)
    {
        Field<NonNullGraphType<StringGraphType>>("projectCode").Description("The project's code.");
    }
}

internal sealed class UpdateCapacityBuildingActivityInputGraphType : ActivityInputGraphType
{
    public UpdateCapacityBuildingActivityInputGraphType()
        : base("UpdateCapacityBuildingActivityInput", "Changes to an activity of a project your agency leads or partners in: only the fields sent change.", create: false)
    {
        Field<NonNullGraphType<IdGraphType>>("id").Description("The activity.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The activity's `version` as you read it.");
    }
}
