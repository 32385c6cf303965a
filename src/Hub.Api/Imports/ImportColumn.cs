using System.Globalization;
using GraphQL.Types;

namespace Hub.Api.Imports;

/// <summary>A column of an import file: its name, the HXL hashtag that may name it instead, the
/// path of the mutation input field its cells fill, and how a cell becomes that field's value.
/// A file is written into the Hub by the same checks as the mutation, so the columns only say
/// where each cell goes; what a value may be is the writer's to say.</summary>
internal sealed record ImportColumn(string Name, string Hashtag, string[] Path, Func<string, Cell> Read, string Description)
{
    /// <summary>A new record needs a value in this column.</summary>
    public bool Required { get; init; }

    /// <summary>The column names the record: the file must have it and every row a value.</summary>
    public bool Key { get; init; }

    public string Field => string.Join('.', Path);
}

/// <summary>What a cell says: a value for the input, nothing (the field is left as it is), or why it cannot be read.</summary>
internal readonly record struct Cell(object? Value, bool Absent, string? Error)
{
    public static Cell Of(object? value) => new(value, false, null);

    public static readonly Cell Nothing = new(null, true, null);

    public static Cell Unreadable(string error) => new(null, false, error);
}

/// <summary>How cells are read: texts as they are, numbers and dates in the invariant culture,
/// enumerations by the names the schema gives them, lists separated by semicolons.</summary>
internal static class Cells
{
    public const char ListSeparator = ';';

    /// <summary>A text; an empty cell is no value.</summary>
    public static Cell Text(string cell) => cell.Length == 0 ? Cell.Of(null) : Cell.Of(cell);

    /// <summary>A whole number; an empty cell leaves the field as it is.</summary>
    public static Cell Int(string cell) => cell.Length == 0 ? Cell.Nothing
        : int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? Cell.Of(n) : Cell.Unreadable("Not a whole number.");

    /// <summary>A whole number that may be cleared; an empty cell clears it.</summary>
    public static Cell OptionalInt(string cell) => cell.Length == 0 ? Cell.Of(null) : Int(cell);

    /// <summary>A whole amount; an empty cell leaves the field as it is.</summary>
    public static Cell Long(string cell) => cell.Length == 0 ? Cell.Nothing
        : long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? Cell.Of(n) : Cell.Unreadable("Not a whole number.");

    /// <summary>A decimal number with a point; an empty cell clears it.</summary>
    public static Cell Decimal(string cell) => cell.Length == 0 ? Cell.Of(null)
        : decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? Cell.Of(n) : Cell.Unreadable("Not a number (a point before decimals, e.g. 12.5).");

    /// <summary>A calendar date, YYYY-MM-DD.</summary>
    public static Cell Date(string cell) => cell.Length == 0 ? Cell.Of(null)
        : DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Cell.Of(date) : Cell.Unreadable("Not a date as YYYY-MM-DD.");

    /// <summary>A value of the schema's enumeration <typeparamref name="TGraphType"/>, by its name.</summary>
    public static Func<string, Cell> Enum<TGraphType>()
        where TGraphType : EnumerationGraphType, new()
    {
        var type = new TGraphType();
        var names = string.Join(", ", type.Values.Select(v => v.Name));
        return cell => cell.Length == 0 ? Cell.Of(null)
            : type.Values.FindByName(cell.ToUpperInvariant()) is { } value ? Cell.Of(value.Value) : Cell.Unreadable($"Not one of {names}.");
    }

    /// <summary>A list of texts separated by semicolons; an empty cell is an empty list.</summary>
    public static Cell List(string cell) => Cell.Of(Items(cell).ToList<object?>());

    /// <summary>Donor contributions as <c>donor|year|amount</c>, separated by semicolons.</summary>
    public static Cell Contributions(string cell)
    {
        var contributions = new List<object?>();
        foreach (var item in Items(cell))
        {
            var parts = item.Split('|');
            if (parts.Length != 3 || Int(parts[1].Trim()).Value is not int year || Long(parts[2].Trim()).Value is not long amount)
            {
                return Cell.Unreadable($"'{item}' is not a contribution as donor|year|amount (e.g. Nordic Fund|2026|750000).");
            }

            contributions.Add(new Dictionary<string, object?> { ["donor"] = parts[0].Trim(), ["year"] = year, ["amountUsd"] = amount });
        }

        return Cell.Of(contributions);
    }

    private static string[] Items(string cell) =>
        cell.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
