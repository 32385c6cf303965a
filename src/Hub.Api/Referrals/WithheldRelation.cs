using Hub.Api.Cases;

namespace Hub.Api.Referrals;

internal sealed record WithheldRelation(string Field, WithholdReason Reason);
