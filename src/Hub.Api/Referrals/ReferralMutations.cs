using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Writes;
using Hub.Data.Entities;

namespace Hub.Api.Referrals;

internal sealed class ReferralMutations : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        Add<ReferCaseInputGraphType>(mutation, "referCase", "Refers one of your agency's cases to another agency for services. Refused with `NO_CONSENT` unless an active consent for the purpose names the recipient, and for a suspended or unknown recipient.", ReferralWriter.ReferAsync);
        Add<AcceptReferralInputGraphType>(mutation, "acceptReferral", "Accepts a pending referral your agency received.", ReferralWriter.AcceptAsync);
        Add<DeclineReferralInputGraphType>(mutation, "declineReferral", "Declines a pending referral your agency received, with a reason.", ReferralWriter.DeclineAsync);
        Add<CompleteReferralInputGraphType>(mutation, "completeReferral", "Completes an accepted referral your agency received, naming the services delivered.", ReferralWriter.CompleteAsync);
        Add<WithdrawReferralInputGraphType>(mutation, "withdrawReferral", "Withdraws a pending or accepted referral your agency made.", ReferralWriter.WithdrawAsync);
    }

    private static void Add<TInput>(MutationType mutation, string name, string description, Func<WriteRequest, Task<WriteOutcome>> write)
        where TInput : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<ReferralPayloadGraphType>>(name)
            .Description(description + " The Hub sets the dates; any move not in the referral's life is `INVALID_TRANSITION`. Needs `Cases.Write`.")
            .Argument<NonNullGraphType<TInput>>("input", "The referral.")
            .RequireRole(HubRoles.CasesWrite)
            .ResolveAsync(async context => await context.WriteAsync(write));
}
