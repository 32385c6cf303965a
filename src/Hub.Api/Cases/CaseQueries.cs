using GraphQL;
using GraphQL.Types;
using Hub.Api.Consents;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class CaseQueries : IQueryFields
{
    public const string PurposeDescription = "Why the caller reads the data. Consent is given for a purpose: only consents for this one count.";

    public void AddTo(QueryType query)
    {
        query.ConnectionField<CaseGraphType, CaseRow, CaseFilterInputGraphType, CaseOrderInputGraphType>("cases")
            .Description("The cases the caller's agency owns, and those an active consent for the purpose names it in. Needs `Cases.Read` or `Cases.ReadIdentity`. Each case returned is recorded in the disclosure log.")
            .Argument<NonNullGraphType<PurposeGraphType>>("purpose", PurposeDescription)
            .Argument<DateTimeGraphType>("changedSince", ChangedSince.Description("cases", "A consent granted to your agency marks its case changed, so a case newly shared with you appears too. Like a `where`, it cannot be combined with `totalCount`."))
            .ResolveAsync(async context => await CaseReader.PageAsync(context, context.GetArgument<Purpose>("purpose")));

        query.Field<CaseGraphType>("case")
            .Description("One case by id, if the caller may see it for the purpose. A case that does not exist and one the caller may not see both answer null. Needs `Cases.Read` or `Cases.ReadIdentity`.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The case id.")
            .Argument<NonNullGraphType<PurposeGraphType>>("purpose", PurposeDescription)
            .ResolveAsync(async context => Guid.TryParse(context.GetArgument<string>("id"), out var id)
                ? await CaseReader.SingleAsync(context, id, context.GetArgument<Purpose>("purpose"))
                : null);
    }
}
