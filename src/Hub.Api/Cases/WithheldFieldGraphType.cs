using GraphQL.Types;
using Hub.Api.Consents;

namespace Hub.Api.Cases;

internal sealed class WithheldFieldGraphType : ObjectGraphType<WithheldField>
{
    public WithheldFieldGraphType()
    {
        Name = "WithheldField";
        Description = "A field the caller asked for that is null because it was withheld, not because it is unknown.";
        Field(w => w.Field).Description("The GraphQL field name, e.g. `givenName`.");
        Field(w => w.Category, type: typeof(NonNullGraphType<DataCategoryGraphType>)).Description("The data category of the field.");
        Field(w => w.Reason, type: typeof(NonNullGraphType<WithholdReasonGraphType>)).Description("Why it was withheld.");
    }
}
