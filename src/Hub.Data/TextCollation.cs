using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Data;

/// <summary>How text compares on SQL Server: exactly, as on PostgreSQL and SQLite.</summary>
/// <remarks>
/// SQL Server's default collations ignore case, PostgreSQL's and SQLite's comparisons do not: left
/// to its default, <c>reference: { eq: "ab-1" }</c> would find case AB-1 on SQL Server only, two
/// agencies' codes differing in case would collide in the unique index there only, and a client's
/// <c>Idempotency-Key</c> would match another that differs in case. Every text column is therefore
/// binary on SQL Server, names and free text too: one rule that reads the same on every provider,
/// under which <c>eq</c>, <c>in</c> and the unique keys mean "the same characters" everywhere, and
/// <c>contains</c> and <c>startsWith</c>, which lower both sides themselves, ignore case everywhere.
/// The price is that ordering by a name is by code point, as on SQLite, not by a language's rules.
/// BIN2 compares code points (the older BIN compares bytes after the first character); the <c>_100</c> version
/// has the newer tables LOWER and UPPER use. The columns stay <c>nvarchar</c>: a <c>_UTF8</c>
/// collation would matter for <c>varchar</c> only.
/// </remarks>
public static class TextCollation
{
    public const string SqlServer = "Latin1_General_100_BIN2";

    private const string SqlServerProvider = "Microsoft.EntityFrameworkCore.SqlServer";

    /// <summary>Gives every column stored as text the binary collation, on SQL Server only: the
    /// other providers compare text exactly by default and keep a model without collations.</summary>
    internal static void Apply(ModelBuilder modelBuilder, string? providerName)
    {
        if (providerName != SqlServerProvider)
        {
            return;
        }

        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()).Where(IsStoredAsText))
        {
            property.SetCollation(SqlServer);
        }
    }

    // Text in the database: strings, and the enums stored by name.
    private static bool IsStoredAsText(IMutableProperty property) =>
        (property.GetProviderClrType() ?? property.GetValueConverter()?.ProviderClrType ?? property.ClrType) == typeof(string);
}
