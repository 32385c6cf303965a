namespace Hub.Data.Entities;

public enum AgencyKind
{
    Government,
    Ngo,
    InternationalOrganization,
    MigrationAgencyMission,
}
