using GraphQL.Types;
using Hub.Api.Cases;

namespace Hub.Api.Referrals;

internal sealed class WithheldRelationGraphType : ObjectGraphType<WithheldRelation>
{
    public WithheldRelationGraphType()
    {
        Name = "WithheldRelation";
        Description = "A related object the caller asked for that is null because it was withheld as a whole, not because there is none.";
        Field(w => w.Field).Description("The GraphQL field name, e.g. `case`.");
        Field(w => w.Reason, type: typeof(NonNullGraphType<WithholdReasonGraphType>)).Description("Why it was withheld.");
    }
}
