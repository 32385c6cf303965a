namespace Hub.Api.Exports;

/// <summary>CSV as the Hub writes it (RFC 4180, CRLF). A cell is quoted when it must be; one a
/// spreadsheet would take for a formula (text an agency stored may begin with one) is kept as
/// text by a leading apostrophe, blanks before it or not.</summary>
internal static class CsvText
{
    public static string Cell(string? value)
    {
        value ??= "";

        // Some spreadsheets trim leading blanks before they look for a formula.
        var first = value.TrimStart(' ');
        if (first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";
}
