using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>One chunk of cases with all their rows, inserted and then forgotten, so that a large
/// seed never holds more than one chunk in memory.</summary>
internal sealed class CaseBatch
{
    public List<Case> Cases { get; } = [];

    public List<CaseExploitationType> ExploitationTypes { get; } = [];

    public List<CaseMeansOfControl> MeansOfControl { get; } = [];

    public List<CaseService> Services { get; } = [];

    public List<Referral> Referrals { get; } = [];

    public List<ReferralService> ReferralServices { get; } = [];

    public List<Consent> Consents { get; } = [];
}
