using System.Globalization;
using System.Text;
using Hub.Api.Exports;

namespace Hub.Api.Imports;

/// <summary>What an import did: how many records it created, updated and left unchanged, or, when
/// anything was wrong, every fault by row and column, with nothing written.</summary>
internal sealed record ImportReport(string Kind, int Rows, bool Written, int Created, int Updated, int Unchanged, IReadOnlyList<ImportError> Errors)
{
    public static ImportReport Done(ImportKind kind, int rows, ImportCounts counts) =>
        new(kind.Name, rows, true, counts.Created, counts.Updated, counts.Unchanged, []);

    public static ImportReport Refused(ImportKind kind, int rows, IReadOnlyList<ImportError> errors) =>
        new(kind.Name, rows, false, 0, 0, 0, [.. errors.OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal)]);

    /// <summary>The faults as CSV, with an HXL hashtag row, for the spreadsheet they came from.</summary>
    public string ErrorsAsCsv()
    {
        var csv = new StringBuilder("row,column,code,message\r\n#meta+row,#meta+column,#meta+code,#description\r\n");
        foreach (var error in Errors)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{error.Row},{CsvText.Cell(error.Column)},{error.Code},{CsvText.Cell(error.Message)}\r\n");
        }

        return csv.ToString();
    }
}
