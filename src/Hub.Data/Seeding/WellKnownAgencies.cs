namespace Hub.Data.Seeding;

/// <summary>Agencies of the demo data that tests and documentation name: every seed generates them
/// with the same code, kind, country and status.</summary>
public static class WellKnownAgencies
{
    /// <summary>GOVERNMENT, Nigeria (NGA), active: "Ministry of Labour and Employment (Nigeria)".</summary>
    public const string NigeriaMinistry = "NGA-MOL";

    /// <summary>NGO, Nigeria (NGA), active: "Safe Harbour Shelter Network", a large case owner.</summary>
    public const string NigeriaShelter = "NGA-SHSN";

    /// <summary>NGO, Thailand (THA), active: "Mekong Legal Aid Collective".</summary>
    public const string ThailandLegalAid = "THA-MLAC";

    /// <summary>INTERNATIONAL_ORGANIZATION, Austria (AUT), active: "Global Partnership Against Exploitation".</summary>
    public const string InternationalOrganization = "GPAE";

    /// <summary>MIGRATION_AGENCY_MISSION, Nigeria (NGA), active: "Migration Agency Mission in Nigeria".</summary>
    public const string NigeriaMission = "MAM-NGA";

    /// <summary>NGO, Kenya (KEN), SUSPENDED: "Bright Futures Outreach"; it owns cases registered before
    /// its suspension.</summary>
    public const string SuspendedNgo = "KEN-BFO";
}
