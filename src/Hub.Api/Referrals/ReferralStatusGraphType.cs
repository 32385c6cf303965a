using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Referrals;

internal sealed class ReferralStatusGraphType() : DescribedEnumGraphType<ReferralStatus>("ReferralStatus", "Where a referral stands: PENDING until the receiving agency responds, then ACCEPTED or DECLINED; an accepted referral ends COMPLETED; the referring agency may withdraw it while it is open.", new Dictionary<ReferralStatus, string>
{
    [ReferralStatus.Pending] = "Sent and awaiting the receiving agency's response (respondedOn and closedOn are null).",
    [ReferralStatus.Accepted] = "The receiving agency accepted it (respondedOn) and is providing the services; it stays open until completed or withdrawn.",
    [ReferralStatus.Declined] = "The receiving agency declined it, which closes it without services (respondedOn and closedOn).",
    [ReferralStatus.Completed] = "The receiving agency accepted it and has provided the services, which closes it (closedOn).",
    [ReferralStatus.Withdrawn] = "The referring agency withdrew it before completion, accepted or not, which closes it (closedOn).",
});
