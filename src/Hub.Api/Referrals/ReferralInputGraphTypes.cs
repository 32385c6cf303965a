using GraphQL.Types;
using Hub.Api.Cases;
using Hub.Api.Consents;

namespace Hub.Api.Referrals;

internal sealed class ReferCaseInputGraphType : InputObjectGraphType
{
    public ReferCaseInputGraphType()
    {
        Name = "ReferCaseInput";
        Description = "A referral of one of your agency's cases to another agency, for services. Name the recipient by `toAgencyId` or `toAgencyCode`.";
        Field<NonNullGraphType<IdGraphType>>("caseId").Description("The case; your agency must own it.");
        Field<NonNullGraphType<PurposeGraphType>>("purpose").Description("What the case is shared for: an active consent for this purpose must name the recipient.");
        Field<IdGraphType>("toAgencyId").Description("The recipient, by id.");
        Field<StringGraphType>("toAgencyCode").Description("The recipient, by its short code.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceGraphType>>>>("services").Description("The services asked for; at least one.");
        Field<StringGraphType>("projectCode").Description("The project that funds it, by its code.");
        Field<StringGraphType>("note").Description("A note for the recipient (at most 1,000 characters). Both parties read it: put no personal data here.");
    }
}

/// <summary>A move of a referral from where it stands: which referral, and the version read.</summary>
internal abstract class ReferralMoveInputGraphType : InputObjectGraphType
{
    protected ReferralMoveInputGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The referral.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The referral's `version` as you read it; if it has changed since, nothing is written (`VERSION_CONFLICT`).");
    }
}

internal sealed class AcceptReferralInputGraphType() : ReferralMoveInputGraphType("AcceptReferralInput", "A pending referral your agency received and takes on.");

internal sealed class WithdrawReferralInputGraphType() : ReferralMoveInputGraphType("WithdrawReferralInput", "A pending or accepted referral your agency made and takes back.");

internal sealed class DeclineReferralInputGraphType : ReferralMoveInputGraphType
{
    public DeclineReferralInputGraphType() : base("DeclineReferralInput", "A pending referral your agency received and cannot take on.")
    {
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why (at most 500 characters); the sender reads it. Put no personal data here.");
    }
}

internal sealed class CompleteReferralInputGraphType : ReferralMoveInputGraphType
{
    public CompleteReferralInputGraphType() : base("CompleteReferralInput", "An accepted referral your agency received and has served.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceGraphType>>>>("servicesDelivered").Description("The services delivered: at least one, each among those asked for.");
    }
}
