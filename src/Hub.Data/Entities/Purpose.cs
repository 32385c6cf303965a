namespace Hub.Data.Entities;

public enum Purpose
{
    Assistance,
    ReturnAndReintegration,
    LegalProceedings,
    ResearchAndStatistics,
}
