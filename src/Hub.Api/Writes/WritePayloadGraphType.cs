using GraphQL.Types;

namespace Hub.Api.Writes;

/// <summary>What every mutation answers: the object it wrote, read back under the read rules
/// (added by each payload), and why it wrote nothing.</summary>
internal abstract class WritePayloadGraphType : ObjectGraphType<WriteOutcome>
{
    protected WritePayloadGraphType(string name, string description)
    {
        Name = name;
        Description = description + " On any error in `errors`, nothing was written and the object is null.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors")
            .Description("Why nothing was written; empty when the write was made.").Resolve(c => c.Source.Errors);
    }
}
