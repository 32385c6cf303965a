using Hub.Api.Writes;

namespace Hub.Api.Referrals;

internal sealed class ReferralPayloadGraphType : WritePayloadGraphType
{
    public ReferralPayloadGraphType() : base("ReferralPayload", "The answer to `referCase` and to each move of a referral.")
    {
        Field<ReferralGraphType>("referral")
            .Description("The referral as written. Its `case` is read for the referral's own purpose, under the read rules, and recorded in the disclosure log like any read.")
            .ResolveAsync(async c => c.Source.Id is { } id ? await ReferralReader.WrittenAsync(c, id) : null);
    }
}
