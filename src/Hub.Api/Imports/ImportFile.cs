using System.Text.Unicode;
using CsvHelper;
using GraphQL;
using Hub.Api.Writes;

namespace Hub.Api.Imports;

/// <summary>One readable data row of an import file: its row number as a spreadsheet shows it, and the
/// mutation input its cells make.</summary>
internal sealed record ImportRow(int Number, Dictionary<string, object?> Input)
{
    /// <summary>The columns whose cells could not be read: reported already, and left out of the
    /// input, so that the row's other faults are still found but the row is never written.</summary>
    public IReadOnlySet<string> Unreadable { get; init; } = new HashSet<string>();

    /// <summary>Every cell of the row could be read: it may be written.</summary>
    public bool Whole => Unreadable.Count == 0;
}

/// <summary>A fault of an import file, at a row (0 for the file as a whole) and a column (empty for
/// the row as a whole), with the code a mutation would answer.</summary>
internal sealed record ImportError(int Row, string Column, string Code, string Message)
{
    /// <summary>The fault of a row or a file that a mutation's input would have, by the same code.</summary>
    public ImportError(int row, string column, UserErrorCode code, string message)
        : this(row, column, code.ToString().ToConstantCase(), message)
    {
    }

    /// <summary>A file with more rows than <c>Hub:Writes:ImportMaxRows</c>.</summary>
    public const string TooManyRows = "TOO_MANY_ROWS";
}

/// <summary>Reads an import file: a header row of column names or HXL hashtags, optionally an HXL
/// hashtag row under it, then one record per row. Columns are found by name or by hashtag, in any
/// order; an unknown or repeated column is an error, so that nothing in a file is silently left out.</summary>
internal static class ImportFile
{
    /// <summary>The readable rows and the faults found; <c>Whole</c> is false when a fault of the file
    /// as a whole (its encoding, header, quoting or size) leaves its rows unknown.</summary>
    public static (List<ImportRow> Rows, List<ImportError> Errors, bool Whole) Read(byte[] content, IReadOnlyList<ImportColumn> columns, int maxRows, CancellationToken cancellationToken)
    {
        var rows = new List<ImportRow>();
        var errors = new List<ImportError>();
        if (!Utf8.IsValid(content))
        {
            errors.Add(new ImportError(0, "", UserErrorCode.InvalidValue, "The file is not UTF-8 text: save it as CSV UTF-8."));
            return (rows, errors, false);
        }

        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = ',',
            TrimWhitespace = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var reader = CsvReader.Create(content, options);
        ImportColumn?[]? layout = null;
        var whole = true;
        try
        {
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var number = (int)reader.LineNumber;
                var record = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
                if (layout is null)
                {
                    layout = Layout(record, columns, number, errors);
                    if (layout is null)
                    {
                        break;
                    }

                    continue;
                }

                if (rows.Count == 0 && reader.RowNumber == 2 && IsHashtagRow(record))
                {
                    Hashtags(record, layout, number, errors);
                    continue;
                }

                if (record.All(string.IsNullOrEmpty))
                {
                    continue;
                }

                if (rows.Count == maxRows)
                {
                    errors.Add(new ImportError(number, "", ImportError.TooManyRows, $"A file holds at most {maxRows} rows: split it."));
                    whole = false;
                    break;
                }

                rows.Add(Row(number, record, layout, errors));
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(new ImportError((int)reader.LineNumber, "", UserErrorCode.InvalidValue, e.Message));
            whole = false;
        }

        if (layout is null && errors.Count == 0)
        {
            errors.Add(new ImportError(0, "", UserErrorCode.Required, "The file is empty: it needs a header row and a row per record."));
        }

        return (rows, errors, whole && layout is not null);
    }

    // The header: each cell a column name or a hashtag.
    private static ImportColumn?[]? Layout(string[] header, IReadOnlyList<ImportColumn> columns, int row, List<ImportError> errors)
    {
        var layout = new ImportColumn?[header.Length];
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            layout[i] = name.StartsWith('#') ? ByHashtag(name, columns) : columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (layout[i] is null && name.Length > 0)
            {
                errors.Add(new ImportError(row, name, UserErrorCode.InvalidValue, $"Not a column of this import. The columns are: {string.Join(", ", columns.Select(c => c.Name))}."));
            }
        }

        foreach (var repeated in layout.OfType<ImportColumn>().GroupBy(c => c).Where(g => g.Count() > 1))
        {
            errors.Add(new ImportError(row, repeated.Key.Name, UserErrorCode.InvalidValue, "The column appears more than once."));
        }

        foreach (var key in columns.Where(c => c.Key && !layout.Contains(c)))
        {
            errors.Add(new ImportError(row, key.Name, UserErrorCode.Required, $"The file needs the column {key.Name} ({key.Hashtag}): it says which record each row is."));
        }

        return errors.Count == 0 ? layout : null;
    }

    private static bool IsHashtagRow(string[] record) =>
        record.Any(c => c.Length > 0) && record.All(c => c.Length == 0 || c.TrimStart().StartsWith('#'));

    // The HXL row under a header of names: each hashtag must name the column it stands under.
    private static void Hashtags(string[] record, ImportColumn?[] layout, int row, List<ImportError> errors)
    {
        for (var i = 0; i < record.Length && i < layout.Length; i++)
        {
            var tag = record[i].Trim();
            if (tag.Length > 0 && layout[i] is { } column && !Matches(tag, column.Hashtag))
            {
                errors.Add(new ImportError(row, column.Name, UserErrorCode.InvalidValue, $"The hashtag {tag} does not name the column {column.Name}, whose hashtag is {column.Hashtag}."));
            }
        }
    }

    private static ImportRow Row(int number, string[] record, ImportColumn?[] layout, List<ImportError> errors)
    {
        var input = new Dictionary<string, object?>(StringComparer.Ordinal);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        if (record.Skip(layout.Length).Any(c => c.Length > 0))
        {
            errors.Add(new ImportError(number, "", UserErrorCode.InvalidValue, $"The row has {record.Length} cells and the header {layout.Length} columns: quote a cell that holds a comma."));
        }

        for (var i = 0; i < layout.Length; i++)
        {
            if (layout[i] is not { } column)
            {
                continue;
            }

            var cell = column.Read(i < record.Length ? record[i] : "");
            if (cell.Error is not null)
            {
                errors.Add(new ImportError(number, column.Name, UserErrorCode.InvalidValue, cell.Error));
                unreadable.Add(column.Name);
            }
            else if (!cell.Absent)
            {
                Put(input, column.Path, cell.Value);
            }
        }

        return new ImportRow(number, input) { Unreadable = unreadable };
    }

    private static void Put(Dictionary<string, object?> input, string[] path, object? value)
    {
        var target = input;
        foreach (var segment in path[..^1])
        {
            if (!target.TryGetValue(segment, out var nested) || nested is not Dictionary<string, object?> inner)
            {
                inner = new Dictionary<string, object?>(StringComparer.Ordinal);
                target[segment] = inner;
            }

            target = inner;
        }

        target[path[^1]] = value;
    }

    // HXL: a hashtag with the same attributes names its column; failing that, one with more
    // attributes than a column's (a publisher's own, such as +v_ocha) names the one column whose
    // attributes it has, if only one has them.
    private static ImportColumn? ByHashtag(string tag, IReadOnlyList<ImportColumn> columns)
    {
        if (columns.FirstOrDefault(c => Parts(tag).SetEquals(Parts(c.Hashtag))) is { } exact)
        {
            return exact;
        }

        var wider = columns.Where(c => Matches(tag, c.Hashtag)).ToList();
        return wider.Count == 1 ? wider[0] : null;
    }

    // The hashtag and its attributes, in any order and any case; attributes beyond the column's are allowed.
    private static bool Matches(string tag, string hashtag) => Parts(hashtag).IsSubsetOf(Parts(tag));

    private static HashSet<string> Parts(string tag)
    {
        var parts = tag.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant().Split('+');
        return [$"tag:{parts[0]}", .. parts[1..]];
    }
}
