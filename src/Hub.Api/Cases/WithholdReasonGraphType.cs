using Hub.Api.GraphQL;

namespace Hub.Api.Cases;

internal sealed class WithholdReasonGraphType() : DescribedEnumGraphType<WithholdReason>("WithholdReason", "Why a field the caller asked for was withheld (returned null) rather than unknown.", new Dictionary<WithholdReason, string>
{
    [WithholdReason.NoConsent] = "No active consent for this purpose names the caller's agency with this category (the caller does not own the case).",
    [WithholdReason.MissingRole] = "The caller's roles do not open this category: IDENTITY needs `Cases.ReadIdentity`, the other categories `Cases.Read`.",
});
