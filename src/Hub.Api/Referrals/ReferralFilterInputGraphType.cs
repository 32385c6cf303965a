using Hub.Api.GraphQL.Filtering;
using Hub.Data.Entities;

namespace Hub.Api.Referrals;

internal sealed class ReferralFilterInputGraphType()
    : FilterInputGraphType<Referral, ReferralFilterInputGraphType>("ReferralFilterInput", "Conditions on referrals.", ReferralCatalog.Filters);
