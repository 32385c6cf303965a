using Hub.Api.Options;
using Hub.Api.Writes;
using Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Api.Imports;

/// <summary>Runs an import for an agency: reads the file, checks every row with the writers of the
/// kind's mutations, and writes all of it in one transaction, or nothing when anything is wrong.</summary>
internal sealed class Importer(HubDbContext db, TimeProvider clock, IOptions<WritesOptions> options)
{
    public static readonly IReadOnlyList<ImportKind> Kinds = [new ProjectImport(), new ActivityImport()];

    public static ImportKind? Find(string name) => Kinds.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));

    public async Task<ImportReport> RunAsync(ImportKind kind, byte[] content, Actor actor, CancellationToken cancellationToken)
    {
        // Faults of the file as a whole stop it here; rows with unreadable cells are reported for
        // them, and the other rows are still checked, so that one answer names every fault.
        var (rows, errors, whole) = ImportFile.Read(content, kind.Columns, options.Value.ImportMaxRows, cancellationToken);
        var total = rows.Count;
        if (!whole)
        {
            return ImportReport.Refused(kind, total, errors);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = new ImportBatch(actor, db, clock, rows, kind.Columns, cancellationToken);
            try
            {
                var counts = await kind.WriteAsync(batch);
                if (errors.Count > 0 || batch.Errors.Count > 0)
                {
                    db.ChangeTracker.Clear();
                    return ImportReport.Refused(kind, total, [.. errors, .. batch.Errors]);
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return ImportReport.Done(kind, total, counts);
            }
            catch (Exception e) when (e is DbUpdateConcurrencyException || e is DbUpdateException u && UniqueViolation.Is(u) || Deadlock.Is(e))
            {
                // Another request wrote the same records meanwhile (a project of the same code, the
                // same projects in another order): this one is undone whole.
                db.ChangeTracker.Clear();
                return ImportReport.Refused(kind, total, [new ImportError(0, "", UserErrorCode.VersionConflict, "Another request changed these records while the file was read: nothing was written. Import the file again.")]);
            }
        });
    }
}
