using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Data.Seeding;

/// <summary>Multi-row INSERT statements for one entity type, built from the EF model: table and column
/// names, and each column's type mapping, which applies the model's value converters (enum names,
/// UTC instants) and writes the provider's literal syntax, exactly as the migrations' seed data
/// would. The values are the generator's own, never user input.</summary>
internal sealed class InsertPlan
{
    // SQL Server accepts at most 1,000 rows in one VALUES list; larger statements gain nothing.
    private const int MaxRows = 1_000;
    private const int MaxValues = 10_000;

    private readonly IColumnMapping[] columns;
    private readonly IClrPropertyGetter[] getters;
    private readonly string prefix;
    private readonly string terminator;

    public InsertPlan(IEntityType entityType, ISqlGenerationHelper sql)
    {
        var table = entityType.GetTableMappings().Single();
        columns = [.. table.ColumnMappings];
        if (columns.Any(c => c.Property.IsShadowProperty()))
        {
            throw new InvalidOperationException($"{entityType.DisplayName()} has a shadow property; the seeder cannot read it.");
        }

        getters = [.. columns.Select(c => c.Property.GetGetter())];
        RowsPerStatement = Math.Min(MaxRows, MaxValues / columns.Length);
        prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Table.Name, table.Table.Schema)} " +
            $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column.Name)))}) VALUES ";
        terminator = sql.StatementTerminator;
    }

    public int RowsPerStatement { get; }

    public string Statement<T>(IReadOnlyList<T> rows, int offset, int count)
        where T : class
    {
        var text = new StringBuilder(prefix, prefix.Length + (count * columns.Length * 24));
        for (var row = 0; row < count; row++)
        {
            var entity = rows[offset + row];
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                var value = getters[column].GetClrValueUsingContainingEntity(entity);
                text.Append(column == 0 ? "" : ", ").Append(columns[column].TypeMapping.GenerateSqlLiteral(value));
            }

            text.Append(')');
        }

        return text.Append(terminator).ToString();
    }
}
