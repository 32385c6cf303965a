using Hub.Api.GraphQL.Ordering;
using Hub.Data.Entities;

namespace Hub.Api.Referrals;

internal sealed class ReferralOrderInputGraphType()
    : OrderInputGraphType<Referral>("ReferralOrderInput", "An ordering key for referrals (default: latest first).", ReferralCatalog.Order);
