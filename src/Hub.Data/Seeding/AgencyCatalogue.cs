using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>The demo agency registry. Names are invented; they read like the ministries, shelters,
/// hotlines, legal aid groups, international organisations and migration-agency missions that work
/// together in national referral mechanisms.</summary>
internal static class AgencyCatalogue
{
    private const AgencyKind Government = AgencyKind.Government;
    private const AgencyKind Ngo = AgencyKind.Ngo;
    private const AgencyKind International = AgencyKind.InternationalOrganization;
    private const AgencyKind Mission = AgencyKind.MigrationAgencyMission;

    public static IReadOnlyList<AgencySeed> All { get; } =
    [
        new(WellKnownAgencies.NigeriaMinistry, "Ministry of Labour and Employment (Nigeria)", Government, "NGA"),
        new("NGA-MWA", "Ministry of Women Affairs and Social Development (Nigeria)", Government, "NGA"),
        new("GHA-MGSP", "Ministry of Gender and Social Protection (Ghana)", Government, "GHA"),
        new("KEN-NCTU", "National Counter-Trafficking Unit (Kenya)", Government, "KEN"),
        new("ETH-MOLSA", "Ministry of Labour and Social Affairs (Ethiopia)", Government, "ETH"),
        new("EGY-NCC", "National Coordinating Committee against Trafficking (Egypt)", Government, "EGY"),
        new("ZAF-DSD", "Department of Social Development (South Africa)", Government, "ZAF"),
        new("JOR-ATU", "Anti-Trafficking Unit, Public Security Directorate (Jordan)", Government, "JOR"),
        new("THA-MSD", "Ministry of Social Development (Thailand)", Government, "THA", Tenants: 2),
        new("PHL-NCAT", "National Council against Trafficking (Philippines)", Government, "PHL"),
        new("VNM-MOLSA", "Ministry of Labour and Social Affairs (Viet Nam)", Government, "VNM"),
        new("BGD-MOHA", "Ministry of Home Affairs (Bangladesh)", Government, "BGD"),
        new("NPL-MWCSC", "Ministry of Women, Children and Senior Citizens (Nepal)", Government, "NPL"),
        new("IND-MWCD", "Ministry of Women and Child Development (India)", Government, "IND"),
        new("UKR-MSP", "Ministry of Social Policy (Ukraine)", Government, "UKR"),
        new("MDA-NCCT", "National Committee for Combating Trafficking (Moldova)", Government, "MDA"),
        new("ROU-NAATP", "National Agency against Trafficking in Persons (Romania)", Government, "ROU"),
        new("ALB-ONAC", "Office of the National Anti-Trafficking Coordinator (Albania)", Government, "ALB"),
        new("ITA-DEO", "Department for Equal Opportunities (Italy)", Government, "ITA"),
        new("MEX-SPOTC", "Special Prosecutor's Office for Trafficking Crimes (Mexico)", Government, "MEX", Tenants: 2),
        new("GTM-SET", "Secretariat against Exploitation and Trafficking (Guatemala)", Government, "GTM"),
        new("COL-MOI", "Ministry of the Interior (Colombia)", Government, "COL"),

        new(WellKnownAgencies.NigeriaShelter, "Safe Harbour Shelter Network", Ngo, "NGA"),
        new("NGA-WLAI", "Women's Legal Aid Initiative", Ngo, "NGA"),
        new("GHA-HBCP", "Hope Bridge Child Protection", Ngo, "GHA"),
        new("SEN-MDE", "Maison de l'Espoir", Ngo, "SEN"),
        new(WellKnownAgencies.SuspendedNgo, "Bright Futures Outreach", Ngo, "KEN", AgencyStatus.Suspended),
        new("KEN-CHS", "Coast Haven Shelter", Ngo, "KEN"),
        new("UGA-NRRC", "New Roots Reintegration Centre", Ngo, "UGA"),
        new("ETH-RRN", "Return and Renewal Network", Ngo, "ETH"),
        new("EGY-NDA", "Nile Dignity Association", Ngo, "EGY"),
        new("JOR-WRLC", "Workers' Rights Legal Centre", Ngo, "JOR"),
        new("LBN-DWSL", "Domestic Workers Support Line", Ngo, "LBN"),
        new(WellKnownAgencies.ThailandLegalAid, "Mekong Legal Aid Collective", Ngo, "THA"),
        new("THA-NSYS", "Northern Star Youth Shelter", Ngo, "THA"),
        new("KHM-LRH", "Lotus Recovery House", Ngo, "KHM"),
        new("PHL-BMH", "Bayanihan Migrant Helpline", Ngo, "PHL"),
        new("NPL-HSN", "Himalayan Sisters Network", Ngo, "NPL"),
        new("BGD-DSS", "Delta Survivors Support", Ngo, "BGD"),
        new("IND-FPRF", "Freedom Path Rescue Foundation", Ngo, "IND"),
        new("MDA-SSRC", "Stepping Stones Rehabilitation Centre", Ngo, "MDA"),
        new("UKR-HSM", "Hotline for Safe Migration", Ngo, "UKR", Tenants: 2),
        new("ALB-NDRC", "New Dawn Reintegration Centre", Ngo, "ALB"),
        new("ITA-SSO", "Strada Sicura Outreach", Ngo, "ITA", AgencyStatus.Suspended),
        new("GTM-CES", "Casa Esperanza Shelter", Ngo, "GTM"),
        new("MEX-CSLA", "Camino Seguro Legal Aid", Ngo, "MEX"),
        new("COL-FNH", "Fundación Nuevo Horizonte", Ngo, "COL"),
        new("DOM-CSP", "Caribbean Safe Passage", Ngo, "DOM"),

        new(WellKnownAgencies.InternationalOrganization, "Global Partnership Against Exploitation", International, "AUT", Tenants: 2),
        new("ICPF", "International Child Protection Fund", International, "THA"),
        new("DWSO", "Decent Work Standards Organisation", International, "DEU"),
        new("RSCM", "Regional Secretariat for Consultations on Migration", International, "CRI"),

        new(WellKnownAgencies.NigeriaMission, "Migration Agency Mission in Nigeria", Mission, "NGA"),
        new("MAM-ETH", "Migration Agency Mission in Ethiopia", Mission, "ETH"),
        new("MAM-LBY", "Migration Agency Mission in Libya", Mission, "LBY"),
        new("MAM-TUR", "Migration Agency Mission in Türkiye", Mission, "TUR"),
        new("MAM-IRQ", "Migration Agency Mission in Iraq", Mission, "IRQ"),
        new("MAM-BGD", "Migration Agency Mission in Bangladesh", Mission, "BGD"),
        new("MAM-THA", "Migration Agency Mission in Thailand", Mission, "THA"),
        new("MAM-UKR", "Migration Agency Mission in Ukraine", Mission, "UKR"),
        new("MAM-MEX", "Migration Agency Mission in Mexico", Mission, "MEX"),
        new("MAM-GTM", "Migration Agency Mission in Guatemala", Mission, "GTM"),
    ];
}
