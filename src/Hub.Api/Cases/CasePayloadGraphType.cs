using GraphQL;
using GraphQL.Types;
using Hub.Api.Consents;
using Hub.Api.Writes;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class CasePayloadGraphType : WritePayloadGraphType
{
    public CasePayloadGraphType() : base("CasePayload", "The answer to `registerCase` and `updateCase`.")
    {
        Field<CaseGraphType>("case")
            .Description("The case as written, read back as `case(id, purpose)` reads it (your agency owns it, so the purpose changes nothing of what you see) and recorded in the disclosure log like any read.")
            .Argument<NonNullGraphType<PurposeGraphType>>("purpose", CaseQueries.PurposeDescription)
            .ResolveAsync(async c => c.Source.Id is { } id ? await CaseReader.SingleAsync(c, id, c.GetArgument<Purpose>("purpose")) : null);
    }
}
