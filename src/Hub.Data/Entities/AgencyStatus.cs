namespace Hub.Data.Entities;

public enum AgencyStatus
{
    Active,
    Suspended,
}
