using GraphQL.Types;

namespace Hub.Api.Identity;

internal sealed class IgnoredRoleGraphType : ObjectGraphType<IgnoredRole>
{
    public IgnoredRoleGraphType()
    {
        Name = "IgnoredRole";
        Description = "An app role the token carries that the Hub does not let the caller exercise.";
        Field<NonNullGraphType<StringGraphType>>("role").Description("The role, as the token names it.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<IgnoredRoleReasonGraphType>>("reason").Description("Why it is not exercised.").Resolve(c => c.Source.Reason);
    }
}
