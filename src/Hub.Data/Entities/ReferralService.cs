namespace Hub.Data.Entities;

public sealed class ReferralService
{
    public Guid ReferralId { get; set; }
    public Service Service { get; set; }

    /// <summary>The recipient delivered it (set when the referral is completed).</summary>
    public bool Delivered { get; set; }
}
