namespace Hub.Data.Entities;

public sealed class ReferralService
{
    public Guid ReferralId { get; set; }
    public Service Service { get; set; }
}
