namespace Hub.Data.Entities;

/// <summary>The categories a case's fields fall into; consents grant them as a bit set.</summary>
[Flags]
public enum DataCategory
{
    None = 0,
    Identity = 1,
    Demographic = 2,
    TraffickingExperience = 4,
    Assistance = 8,
}
