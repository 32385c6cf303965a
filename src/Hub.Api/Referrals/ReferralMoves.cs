using Hub.Data.Entities;

namespace Hub.Api.Referrals;

/// <summary>A referral's life (DESIGN §3, Writes), declared once: PENDING → ACCEPTED | DECLINED |
/// WITHDRAWN and ACCEPTED → COMPLETED | WITHDRAWN; the sender withdraws, the recipient accepts,
/// declines and completes. Every other move is refused.</summary>
internal static class ReferralMoves
{
    public enum Party { Sender, Recipient }

    private static readonly (ReferralStatus From, ReferralStatus To, Party By)[] Allowed =
    [
        (ReferralStatus.Pending, ReferralStatus.Accepted, Party.Recipient),
        (ReferralStatus.Pending, ReferralStatus.Declined, Party.Recipient),
        (ReferralStatus.Pending, ReferralStatus.Withdrawn, Party.Sender),
        (ReferralStatus.Accepted, ReferralStatus.Completed, Party.Recipient),
        (ReferralStatus.Accepted, ReferralStatus.Withdrawn, Party.Sender),
    ];

    /// <summary>The statuses in which a referral is open: one open referral of a case to an agency
    /// for a purpose at a time (the filtered unique index <c>IX_Referrals_Open</c> says the same).</summary>
    public static readonly ReferralStatus[] Open = [ReferralStatus.Pending, ReferralStatus.Accepted];

    public static bool IsAllowed(ReferralStatus from, ReferralStatus to, Party by) => Allowed.Contains((from, to, by));

    /// <summary>Who may make the move at all, for the message of a refused one.</summary>
    public static Party? MadeBy(ReferralStatus to) => Allowed.Where(m => m.To == to).Select(m => (Party?)m.By).FirstOrDefault();

    /// <summary>The moves' effect on the referral's dates, which the Hub sets.</summary>
    public static void Apply(Referral referral, ReferralStatus to, DateTime now)
    {
        if (to is ReferralStatus.Accepted or ReferralStatus.Declined)
        {
            referral.RespondedOn = now;
        }

        if (to is ReferralStatus.Declined or ReferralStatus.Completed or ReferralStatus.Withdrawn)
        {
            referral.ClosedOn = now;
        }

        referral.Status = to;
    }
}
