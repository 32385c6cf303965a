namespace Hub.Data.Entities;

public enum ConsentEvidence
{
    Written,
    Verbal,
}
