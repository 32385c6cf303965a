using Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Hub.Api.Tests.Data;

/// <summary>The SQL Server scripts would run on SQL Server. No engine runs here, so the scripts are
/// parsed as T-SQL, and the migration that gives text columns their collation is played against the
/// keys, indexes and constraints of the schema before it: SQL Server refuses to change the
/// collation of a column that any of them depends on.</summary>
public sealed class SqlServerMigrationScriptTests
{
    private const string CollationMigration = "BinaryTextCollation";

    [Fact]
    public void TheIdempotentScriptOfAllMigrations_IsValidTSql()
    {
        using var db = ProviderContexts.Create("SqlServer");

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Empty(Errors(script));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TheCollationMigration_AltersEveryTextColumn_WithNothingDependingOnIt_AndPutsEverythingBack(bool up)
    {
        using var db = ProviderContexts.Create("SqlServer");
        var migrations = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();
        var index = migrations.FindIndex(id => id.EndsWith("_" + CollationMigration, StringComparison.Ordinal));
        var (before, after) = (migrations[index - 1], migrations[index]);
        var (from, to) = up ? (before, after) : (after, before);

        var script = db.GetService<IMigrator>().GenerateScript(from, to);

        Assert.Empty(Errors(script));
        var (expected, _) = SchemaOf(db, to);
        var state = SchemaOf(db, from).Objects.ToDictionary(o => o.Key);
        var altered = new HashSet<(string, string)>();
        var statements = Statements(Parse(script)).ToList();
        var firstAlter = statements.FindIndex(s => s is AlterTableAlterColumnStatement);
        Assert.True(firstAlter > 0);
        // The column statistics are dropped before any column is altered (the statement that
        // finds and drops them runs as dynamic SQL: its effect is SQL Server's to check).
        Assert.Contains(statements.Take(firstAlter), s => Text(s).Contains("DROP STATISTICS", StringComparison.Ordinal));

        foreach (var statement in statements)
        {
            switch (statement)
            {
                case AlterTableDropTableElementStatement drop:
                    foreach (var element in drop.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Constraint))
                    {
                        Assert.True(state.Remove(ObjectKey(drop.SchemaObjectName, element.Name)), $"Drops {element.Name.Value}, which is not there.");
                    }

                    break;
                case DropIndexStatement drop:
                    foreach (var clause in drop.DropIndexClauses.OfType<DropIndexClause>())
                    {
                        Assert.True(state.Remove(ObjectKey(clause.Object, clause.Index)), $"Drops index {clause.Index.Value}, which is not there.");
                    }

                    break;
                case AlterTableAlterColumnStatement alter:
                    var column = (alter.SchemaObjectName.BaseIdentifier.Value, alter.ColumnIdentifier.Value);
                    var blocking = state.Values.Where(o => o.Columns.Contains(column)).Select(o => o.Key).ToList();
                    Assert.True(blocking.Count == 0, $"{column} is altered while these depend on it: {string.Join(", ", blocking)}.");
                    Assert.Equal(up ? TextCollation.SqlServer : null, alter.Collation?.Value);
                    Assert.True(altered.Add(column), $"{column} is altered twice.");
                    break;
                case AlterTableAddTableElementStatement add:
                    foreach (var constraint in add.Definition.TableConstraints)
                    {
                        var added = Added(add.SchemaObjectName.BaseIdentifier.Value, constraint);
                        Assert.True(state.TryAdd(added.Key, added), $"Adds {added.Key}, which is there.");
                    }

                    break;
                case CreateIndexStatement create:
                    var table = create.OnName.BaseIdentifier.Value;
                    var columns = create.Columns.Select(c => (table, c.Column.MultiPartIdentifier.Identifiers[^1].Value))
                        .Concat(ColumnsIn(table, create.FilterPredicate)).ToHashSet();
                    var created = new SchemaObject($"index {table}.{create.Name.Value}", columns, $"{(create.Unique ? "unique " : "")}({string.Join(", ", create.Columns.Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value))})");
                    Assert.True(state.TryAdd(created.Key, created), $"Creates {created.Key}, which is there.");
                    break;
            }
        }

        // Everything that was dropped is back, the same; every text column was altered.
        Assert.Equal(expected.OrderBy(o => o.Key).Select(o => o.ToString()), state.Values.OrderBy(o => o.Key).Select(o => o.ToString()));
        var text = SchemaOf(db, after).Model.Tables.SelectMany(t => t.Columns.Where(c => c.ProviderClrType == typeof(string)).Select(c => (t.Name, c.Name)));
        Assert.Equal(text.Order(), altered.Order());
    }

    // A key, an index or a constraint: what SQL Server calls it, the columns it depends on, and
    // what it is made of.
    private sealed record SchemaObject(string Key, IReadOnlySet<(string Table, string Column)> Columns, string Definition)
    {
        public override string ToString() => $"{Key} {Definition} on {string.Join(", ", Columns.Order())}";
    }

    private static string ObjectKey(SchemaObjectName table, Identifier name) => ObjectKey(table.BaseIdentifier.Value, name.Value);

    private static string ObjectKey(string table, string name) => name.StartsWith("IX_", StringComparison.Ordinal) ? $"index {table}.{name}" : $"constraint {table}.{name}";

    // The schema as of a migration, from its target model: the same objects the script's
    // statements name.
    private static (List<SchemaObject> Objects, IRelationalModel Model) SchemaOf(HubDbContext db, string migrationId)
    {
        var assembly = db.GetService<IMigrationsAssembly>();
        var migration = assembly.CreateMigration(assembly.Migrations[migrationId], db.Database.ProviderName!);
        var target = migration.TargetModel!;
        var model = db.GetService<IModelRuntimeInitializer>().Initialize(target is IMutableModel mutable ? mutable.FinalizeModel() : target).GetRelationalModel();
        var objects = new List<SchemaObject>();
        foreach (var table in model.Tables)
        {
            HashSet<(string, string)> On(IEnumerable<IColumn> columns, ITable of) => columns.Select(c => (of.Name, c.Name)).ToHashSet();
            string List(IEnumerable<IColumn> columns) => $"({string.Join(", ", columns.Select(c => c.Name))})";
            if (table.PrimaryKey is { } key)
            {
                objects.Add(new(ObjectKey(table.Name, key.Name), On(key.Columns, table), "primary key " + List(key.Columns)));
            }

            objects.AddRange(table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()).Select(u => new SchemaObject(ObjectKey(table.Name, u.Name), On(u.Columns, table), "unique " + List(u.Columns))));
            objects.AddRange(table.ForeignKeyConstraints.Select(f => new SchemaObject(ObjectKey(table.Name, f.Name),
                On(f.Columns, table).Concat(On(f.PrincipalColumns, f.PrincipalTable)).ToHashSet(), $"foreign key {List(f.Columns)} references {f.PrincipalTable.Name} {List(f.PrincipalColumns)}")));
            objects.AddRange(table.Indexes.Select(i => new SchemaObject(ObjectKey(table.Name, i.Name),
                On(i.Columns, table).Concat(table.Columns.Where(c => Mentions(i.Filter, c.Name)).Select(c => (table.Name, c.Name))).ToHashSet(), $"{(i.IsUnique ? "unique " : "")}{List(i.Columns)}")));
            objects.AddRange(table.CheckConstraints.Select(c => new SchemaObject(ObjectKey(table.Name, c.Name!),
                table.Columns.Where(col => Mentions(c.Sql, col.Name)).Select(col => (table.Name, col.Name)).ToHashSet(), "check")));
        }

        return (objects, model);
    }

    private static bool Mentions(string? sql, string column) => sql is not null && (sql.Contains($"\"{column}\"", StringComparison.Ordinal) || sql.Contains($"[{column}]", StringComparison.Ordinal));

    private static SchemaObject Added(string table, ConstraintDefinition constraint)
    {
        static string Column(ColumnReferenceExpression c) => c.MultiPartIdentifier.Identifiers[^1].Value;
        var key = ObjectKey(table, constraint.ConstraintIdentifier.Value);
        return constraint switch
        {
            UniqueConstraintDefinition unique => new(key, unique.Columns.Select(c => (table, Column(c.Column))).ToHashSet(),
                $"{(unique.IsPrimaryKey ? "primary key" : "unique")} ({string.Join(", ", unique.Columns.Select(c => Column(c.Column)))})"),
            ForeignKeyConstraintDefinition foreign => new(key,
                foreign.Columns.Select(c => (table, c.Value)).Concat(foreign.ReferencedTableColumns.Select(c => (foreign.ReferenceTableName.BaseIdentifier.Value, c.Value))).ToHashSet(),
                $"foreign key ({string.Join(", ", foreign.Columns.Select(c => c.Value))}) references {foreign.ReferenceTableName.BaseIdentifier.Value} ({string.Join(", ", foreign.ReferencedTableColumns.Select(c => c.Value))})"),
            CheckConstraintDefinition check => new(key, ColumnsIn(table, check.CheckCondition).ToHashSet(), "check"),
            _ => throw new InvalidOperationException($"A constraint of a kind the test does not know: {constraint.GetType().Name}."),
        };
    }

    private static IEnumerable<(string, string)> ColumnsIn(string table, TSqlFragment? fragment)
    {
        if (fragment is null)
        {
            return [];
        }

        var references = new ColumnReferences();
        fragment.Accept(references);
        return references.Names.Select(n => (table, n));
    }

    private sealed class ColumnReferences : TSqlFragmentVisitor
    {
        public List<string> Names { get; } = [];

        public override void Visit(ColumnReferenceExpression node) => Names.Add(node.MultiPartIdentifier.Identifiers[^1].Value);
    }

    // The statements in order, those inside IF and BEGIN ... END included.
    private static IEnumerable<TSqlStatement> Statements(TSqlFragment fragment) => fragment switch
    {
        TSqlScript script => script.Batches.SelectMany(b => b.Statements).SelectMany(Statements),
        IfStatement branch => new[] { branch.ThenStatement, branch.ElseStatement }.OfType<TSqlStatement>().SelectMany(Statements),
        BeginEndBlockStatement block => block.StatementList.Statements.SelectMany(Statements),
        TSqlStatement statement => [statement],
        _ => [],
    };

    private static string Text(TSqlFragment fragment) =>
        string.Concat(Enumerable.Range(fragment.FirstTokenIndex, fragment.LastTokenIndex - fragment.FirstTokenIndex + 1).Select(i => fragment.ScriptTokenStream[i].Text));

    private static TSqlFragment Parse(string script) => new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out _);

    private static IEnumerable<string> Errors(string script)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);
        return errors.Select(e => $"line {e.Line}: {e.Message}");
    }
}
