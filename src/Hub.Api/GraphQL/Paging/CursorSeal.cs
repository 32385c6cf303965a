using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using GraphQL;
using Hub.Data.Entities;
using Microsoft.AspNetCore.DataProtection;

namespace Hub.Api.GraphQL.Paging;

/// <summary>Opaque cursors (DESIGN rule 12): an item's ordering key values, sealed by authenticated
/// encryption (ASP.NET Core Data Protection, its key ring in the database) together with the
/// agency (for the Hub's operator, its tenant), the purpose and the ordering they were made for.
/// They reveal nothing; one that was tampered with, or made for another agency, purpose or
/// ordering, is INVALID_CURSOR.</summary>
internal sealed class CursorSeal(IDataProtector protector, Guid agency, Purpose? purpose)
{
    /// <summary>The Data Protection purpose of cursors: keys derived for it serve nothing else.</summary>
    public const string ProtectorPurpose = "Hub.Cursors.v1";

    public string Seal(string ordering, IReadOnlyList<object?> values) =>
        Base64Url.EncodeToString(protector.Protect(JsonSerializer.SerializeToUtf8Bytes(new Sealed<object?>(agency, purpose, ordering, [.. values]))));

    public object?[] Open(string cursor, string ordering, IReadOnlyList<Type> types)
    {
        // The decoder skips white space; a cursor is exactly what the Hub gave out.
        if (cursor.AsSpan().ContainsAnyExcept(Alphabet))
        {
            throw Invalid();
        }

        try
        {
            var body = JsonSerializer.Deserialize<Sealed<JsonElement>>(protector.Unprotect(Base64Url.DecodeFromChars(cursor)));
            if (body is null || body.Agency != agency || body.Purpose != purpose || body.Ordering != ordering || body.Values is not { } values || values.Length != types.Count)
            {
                throw Invalid();
            }

            return [.. values.Select((v, i) => v.Deserialize(types[i]))];
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException or ArgumentException or InvalidOperationException or CryptographicException)
        {
            throw Invalid();
        }
    }

    private static readonly System.Buffers.SearchValues<char> Alphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private static ExecutionError Invalid() =>
        new("The cursor is not one of this field's cursors for your agency, this purpose and this ordering.") { Code = ErrorCodes.InvalidCursor };

    private sealed record Sealed<T>(Guid Agency, Purpose? Purpose, string Ordering, T[]? Values);
}
