using GraphQL.Types;

namespace Hub.Api.Writes;

internal sealed class UserErrorGraphType : ObjectGraphType<UserError>
{
    public UserErrorGraphType()
    {
        Name = "UserError";
        Description = "A reason a write was not made; a mutation that answers any changed nothing.";
        Field<NonNullGraphType<UserErrorCodeGraphType>>("code").Description("What kind of problem.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("The problem in words.").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("field")
            .Description("The path into the mutation's `input` of the value at fault, e.g. `[\"recipient\", \"agencyId\"]`; empty when the fault is the request as a whole.")
            .Resolve(c => c.Source.Field);
    }
}
