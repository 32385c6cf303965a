using GraphQL.Types;

namespace Hub.Api.CapacityBuilding;

internal sealed class ActivityOutcomeGraphType : ObjectGraphType<ActivityRow>
{
    public ActivityOutcomeGraphType()
    {
        Name = "ActivityOutcome";
        Description = "What a capacity-building activity achieved; null where it was not measured.";
        Field<DecimalGraphType>("knowledgeGainPoints").Description("Mean gain between pre- and post-test, in percentage points.")
            .Resolve(c => c.Source.KnowledgeGainPoints);
        Field<IntGraphType>("participantsCertified").Description("Participants who completed and were certified.")
            .Resolve(c => c.Source.ParticipantsCertified);
        Field<IntGraphType>("proceduresAdopted").Description("Procedures or action plans the institution adopted afterwards.")
            .Resolve(c => c.Source.ProceduresAdopted);
    }
}
