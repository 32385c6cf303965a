using System.Data.Common;
using System.Text;
using Hub.Api.Identity;
using Hub.Api.TrustedDocuments;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Api.Disclosures;

/// <summary>Writes one Disclosure row per case a response discloses, before the response leaves.
/// When that fails the caller must not send the response.</summary>
internal sealed class DisclosureWriter(HubDbContext db, TimeProvider time)
{
    // Every provider's limit on a statement's parameters (SQL Server's 2,100 the lowest) holds this
    // many rows: a response with more cases than that is written in a transaction.
    private const int RowsPerStatement = 2000 / ColumnCount;
    private const int ColumnCount = 11;

    /// <summary>The disclosure rows, and the audit rows of the statistics the response answers: one
    /// multi-row INSERT, a statement the database keeps whole or not at all, when that is all there
    /// is; audit rows besides, or more cases than one statement's parameters allow, are written in
    /// one transaction.</summary>
    public async Task WriteAsync(DisclosureCollector collected, IReadOnlyList<AuditEntry> questions, Caller caller, string requestId, string? operationName, string document, CancellationToken cancellationToken)
    {
        if (collected.IsEmpty && questions.Count == 0)
        {
            return;
        }

        var agency = caller.Agency ?? throw new InvalidOperationException("Only an agency's caller can be shown case data or counts.");
        var hash = DocumentIdentifier.Of(document);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = collected.Entries.Select(e => new Disclosure
        {
            Id = Guid.CreateVersion7(),
            RequestId = requestId,
            OccurredAt = now,
            AgencyId = agency.Id,
            CallerId = caller.ObjectId ?? "",
            CallerIsApp = caller.IsApp,
            Purpose = e.Purpose,
            OperationName = operationName,
            DocumentHash = hash,
            CaseId = e.Case,
            Categories = e.Categories,
        }).Chunk(RowsPerStatement).ToList();

        // Outside a request's writes, tried again after a moment's failure of the database; in a
        // transaction of their own when they are more than one statement, where a commit whose
        // answer was lost is known by the first row.
        if (db.Database.CurrentTransaction is not null)
        {
            await WriteAllAsync(cancellationToken);
        }
        else if (rows.Count + (questions.Count > 0 ? 1 : 0) > 1)
        {
            var first = rows[0][0].Id;
            await db.Database.CreateExecutionStrategy().ExecuteInTransactionAsync(WriteAllAsync, ct => db.Disclosures.AnyAsync(d => d.Id == first, ct), cancellationToken);
        }
        else
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(WriteAllAsync, cancellationToken);
        }

        async Task WriteAllAsync(CancellationToken cancellationToken)
        {
            if (questions.Count > 0)
            {
                db.ChangeTracker.Clear();
                foreach (var question in questions)
                {
                    question.Id = 0; // given by the database, anew on each attempt
                }

                db.AuditEntries.AddRange(questions);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            foreach (var chunk in rows)
            {
                var (sql, parameters) = Insert(chunk);
                await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
            }
        }
    }

    // INSERT INTO "Disclosures" (...) VALUES (...), (...): names and types from the model, each
    // value a parameter made by its column's own mapping (its converter included). A value every
    // row shares (the request, the caller, the instant) is one parameter that each row names.
    private (string Sql, List<DbParameter> Parameters) Insert(Disclosure[] rows)
    {
        var entity = db.Model.FindEntityType(typeof(Disclosure))!;
        var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().ToList();
        if (columns.Count != ColumnCount)
        {
            throw new InvalidOperationException($"A disclosure row has {columns.Count} columns; the writer expects {ColumnCount}.");
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        using var command = db.Database.GetDbConnection().CreateCommand();
        var parameters = new List<DbParameter>();
        string Parameter(Microsoft.EntityFrameworkCore.Metadata.IProperty column, object? value)
        {
            var name = "d" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parameters.Add((DbParameter)column.GetRelationalTypeMapping().CreateParameter(command, name, value, column.IsNullable));
            return sql.GenerateParameterNamePlaceholder(name);
        }

        var shared = columns.Select(c => rows.All(r => Equals(c.GetGetter().GetClrValue(r), c.GetGetter().GetClrValue(rows[0])))
            ? Parameter(c, c.GetGetter().GetClrValue(rows[0]))
            : null).ToList();
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!))).Append(") VALUES ");
        for (var r = 0; r < rows.Length; r++)
        {
            text.Append(r == 0 ? "(" : ", (")
                .AppendJoin(", ", columns.Select((c, i) => shared[i] ?? Parameter(c, c.GetGetter().GetClrValue(rows[r]))))
                .Append(')');
        }

        return (text.ToString(), parameters);
    }
}
