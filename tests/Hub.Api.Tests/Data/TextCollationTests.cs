using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Api.Tests.Data;

/// <summary>Text compares exactly on every provider: on SQL Server because every text column has
/// the binary collation (<see cref="TextCollation"/>), elsewhere by the provider's default, which
/// the model leaves alone.</summary>
public sealed class TextCollationTests
{
    public static TheoryData<string> OtherProviders => new() { "Sqlite", "PostgreSql" };

    [Fact]
    public void OnSqlServer_EveryTextColumn_IsBinary()
    {
        using var db = ProviderContexts.Create("SqlServer");

        var text = TextColumns(db).ToList();

        // Codes, references, keys, names and free text, and the enums stored by name.
        Assert.Contains(text, c => c.Table.Name == "Countries" && c.Name == "Code");
        Assert.Contains(text, c => c.Table.Name == "Cases" && c.Name == nameof(Case.Reference));
        Assert.Contains(text, c => c.Table.Name == "Cases" && c.Name == nameof(Case.GivenName));
        Assert.Contains(text, c => c.Table.Name == "Cases" && c.Name == nameof(Case.Status));
        Assert.Contains(text, c => c.Table.Name == "IdempotencyRecords" && c.Name == nameof(IdempotencyRecord.Key));
        Assert.All(text, c => Assert.True(c.Collation == TextCollation.SqlServer, $"{c.Table.Name}.{c.Name} ({c.StoreType}) has collation '{c.Collation}'."));
        Assert.All(text, c => Assert.StartsWith("n", c.StoreType, StringComparison.Ordinal));
        // Nothing that is not text has a collation.
        Assert.All(Columns(db).Except(text), c => Assert.Null(c.Collation));
    }

    [Theory]
    [MemberData(nameof(OtherProviders))]
    public void OnOtherProviders_NoColumn_HasACollation(string provider)
    {
        using var db = ProviderContexts.Create(provider);

        Assert.NotEmpty(TextColumns(db));
        Assert.All(Columns(db), c => Assert.True(c.Collation is null, $"{c.Table.Name}.{c.Name} has collation '{c.Collation}' on {provider}."));
    }

    private static IEnumerable<IColumn> Columns(HubDbContext db) => db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.SelectMany(t => t.Columns);

    private static IEnumerable<IColumn> TextColumns(HubDbContext db) => Columns(db).Where(c => c.ProviderClrType == typeof(string));
}
