namespace Hub.Data.Entities;

/// <summary>The one row whose <see cref="Version"/> the database itself moves, by trigger, with every
/// change to what decides who sees a case: consents, referrals, agencies (their status and role
/// ceilings) and the tenants they sign in from. A copy of the database (a read replica) whose
/// version is the primary's holds every such change the primary had committed, whatever else it has
/// yet to replay; that is when it may answer a read.</summary>
public sealed class AccessRules
{
    public const int RowId = 1;

    /// <summary>The entities whose tables' changes move the version.</summary>
    public static readonly Type[] Guarded = [typeof(Consent), typeof(Referral), typeof(Agency), typeof(AgencyTenant)];

    public int Id { get; set; }
    public long Version { get; set; }

    /// <summary>The name of the trigger on <paramref name="table"/> that moves the version.</summary>
    public static string TriggerOn(string table) => $"{table}_AccessRulesChanged";
}
