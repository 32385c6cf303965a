namespace Hub.Api.Statistics;

/// <summary>One counted record (a case, or a referral with its case) with the values of the
/// dimensions asked for, in up to three slots: a text or a number each. A value withheld from the
/// caller is the slot's sentinel (<see cref="CountQuery.WithheldText"/>, <see cref="CountQuery.WithheldNumber"/>).</summary>
internal sealed class CountedRecord
{
    public Guid CaseId { get; set; }
    public Guid ReferralId { get; set; }
    public int RecordKey { get; set; }
    public string? Text0 { get; set; }
    public string? Text1 { get; set; }
    public string? Text2 { get; set; }
    public int? Number0 { get; set; }
    public int? Number1 { get; set; }
    public int? Number2 { get; set; }
}

/// <summary>What a cell is grouped by: the slots in use.</summary>
internal sealed class CellGrouping
{
    public string? Text0 { get; set; }
    public string? Text1 { get; set; }
    public string? Text2 { get; set; }
    public int? Number0 { get; set; }
    public int? Number1 { get; set; }
    public int? Number2 { get; set; }
}

/// <summary>A cell as the database counts it: its values, how many distinct people its records
/// are of, and the sum of the records' keys. <see cref="Row"/> says whether it is a cell or the total.</summary>
internal sealed class CountedCell
{
    public const int CellRow = 0;
    public const int TotalRow = 1;

    public int Row { get; set; }
    public string? Text0 { get; set; }
    public string? Text1 { get; set; }
    public string? Text2 { get; set; }
    public int? Number0 { get; set; }
    public int? Number1 { get; set; }
    public int? Number2 { get; set; }
    public long People { get; set; }
    public long KeySum { get; set; }
}
