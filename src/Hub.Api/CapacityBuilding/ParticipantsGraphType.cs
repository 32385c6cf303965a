using GraphQL.Types;

namespace Hub.Api.CapacityBuilding;

internal sealed class ParticipantsGraphType : ObjectGraphType<ActivityRow>
{
    public ParticipantsGraphType()
    {
        Name = "Participants";
        Description = "Who took part in a capacity-building activity, by sex.";
        Field<NonNullGraphType<IntGraphType>>("female").Description("Women and girls.").Resolve(c => c.Source.ParticipantsFemale);
        Field<NonNullGraphType<IntGraphType>>("male").Description("Men and boys.").Resolve(c => c.Source.ParticipantsMale);
        Field<NonNullGraphType<IntGraphType>>("other").Description("Other or not recorded.").Resolve(c => c.Source.ParticipantsOther);
        Field<NonNullGraphType<IntGraphType>>("total").Description("Everyone.")
            .Resolve(c => c.Source.ParticipantsFemale + c.Source.ParticipantsMale + c.Source.ParticipantsOther);
    }
}
