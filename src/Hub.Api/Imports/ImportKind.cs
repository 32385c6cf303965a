using Hub.Api.Writes;

namespace Hub.Api.Imports;

/// <summary>What can be imported: its columns, and how its rows are written. Each row is checked and
/// written by the same writer as the kind's mutations, with the row's cells as the mutation's input.</summary>
internal abstract class ImportKind(string name, string description)
{
    public string Name => name;

    public string Description => description;

    public abstract IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>The columns as the README lists them.</summary>
    public string Table() => string.Join('\n', [
        "| column | HXL hashtag | what it holds |",
        "|---|---|---|",
        .. Columns.Select(c => $"| `{c.Name}` | `{c.Hashtag}` | {c.Description.Replace("|", "\\|", StringComparison.Ordinal)}{(c.Key ? " Names the record: every row needs it." : c.Required ? " Needed for a new record." : "")} |"),
    ]);

    /// <summary>Checks every row and, where it finds nothing wrong, adds or changes the row's record
    /// in the unit of work, audited; the caller saves all of it or none.</summary>
    public abstract Task<ImportCounts> WriteAsync(ImportBatch batch);
}

/// <summary>The rows of one import, with what the writers need and where their errors go.</summary>
internal sealed class ImportBatch(Actor actor, Hub.Data.HubDbContext db, TimeProvider clock, IReadOnlyList<ImportRow> rows, IReadOnlyList<ImportColumn> columns, CancellationToken cancellationToken)
{
    public List<ImportError> Errors { get; } = [];

    public Actor Actor => actor;

    public Hub.Data.HubDbContext Db => db;

    public IReadOnlyList<ImportRow> Rows => rows;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The row as a mutation's request, with a fresh list of its faults.</summary>
    public (WriteRequest Request, InputErrors Errors) Request(ImportRow row) =>
        (new WriteRequest(db, actor, row.Input, clock, cancellationToken), new InputErrors(db));

    /// <summary>The texts of one column over every row, for the lookups of the whole batch.</summary>
    public IEnumerable<string> Strings(string field) => rows.Select(r => r.Input.GetValueOrDefault(field) as string).OfType<string>();

    /// <summary>The row's faults, each at the column its input path came from.</summary>
    public void Report(ImportRow row, IEnumerable<UserError> errors)
    {
        foreach (var error in errors)
        {
            var column = ColumnOf(error.Field);
            if (!row.Unreadable.Contains(column))
            {
                Errors.Add(new ImportError(row.Number, column, error.Code, error.Message));
            }
        }
    }

    public void Report(ImportRow row, UserErrorCode code, string message, params string[] field) => Report(row, [new UserError(code, message, field)]);

    /// <summary>A new record needs every required column filled.</summary>
    public bool HasRequired(ImportRow row)
    {
        var missing = columns.Where(c => c.Required && Value(row.Input, c.Path) is null && !row.Unreadable.Contains(c.Name)).ToList();
        foreach (var column in missing)
        {
            Errors.Add(new ImportError(row.Number, column.Name, UserErrorCode.Required, $"A new record needs {column.Name}."));
        }

        return missing.Count == 0;
    }

    // The longest column path that starts the error's path: "donorContributions.1.year" is in the
    // column of "donorContributions".
    private string ColumnOf(IReadOnlyList<string> field)
    {
        for (var length = field.Count; length > 0; length--)
        {
            var path = string.Join('.', field.Take(length));
            if (columns.FirstOrDefault(c => c.Field == path) is { } column)
            {
                return column.Name;
            }
        }

        return "";
    }

    private static object? Value(IReadOnlyDictionary<string, object?> input, string[] path) =>
        path.Length == 1 ? input.GetValueOrDefault(path[0])
        : input.GetValueOrDefault(path[0]) is IReadOnlyDictionary<string, object?> nested ? Value(nested, path[1..]) : null;
}

/// <summary>What an import did, by record.</summary>
internal sealed record ImportCounts(int Created, int Updated, int Unchanged);
