using GraphQL;
using GraphQL.Types;
using Hub.Api.Cases;
using Hub.Api.Consents;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Data.Entities;

namespace Hub.Api.Referrals;

internal sealed class ReferralQueries : IQueryFields
{
    public void AddTo(QueryType query)
    {
        query.ConnectionField<ReferralGraphType, ReferralRow, ReferralFilterInputGraphType, ReferralOrderInputGraphType>("referrals")
            .Description("The referrals the caller's agency made or received. The case behind each follows the case rules for the purpose. Needs `Cases.Read` or `Cases.ReadIdentity`.")
            .Argument<NonNullGraphType<PurposeGraphType>>("purpose", CaseQueries.PurposeDescription)
            .Argument<DateTimeGraphType>("changedSince", ChangedSince.Description("referrals", "A referral changes when it is made and with each move."))
            .ResolveAsync(async context => await ReferralReader.PageAsync(context, context.GetArgument<Purpose>("purpose")));

        query.Field<ReferralGraphType>("referral")
            .Description("One referral by id, if the caller's agency is a party to it. One that does not exist and one the caller may not see both answer null. Needs `Cases.Read` or `Cases.ReadIdentity`.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The referral id.")
            .Argument<NonNullGraphType<PurposeGraphType>>("purpose", CaseQueries.PurposeDescription)
            .ResolveAsync(async context => Guid.TryParse(context.GetArgument<string>("id"), out var id)
                ? await ReferralReader.SingleAsync(context, id, context.GetArgument<Purpose>("purpose"))
                : null);
    }
}
