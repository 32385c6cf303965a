using System.Security.Cryptography;
using System.Text;

namespace Hub.Api.TrustedDocuments;

/// <summary>The SHA-256 hex document identifier of the GraphQL-over-HTTP persisted documents
/// appendix: <c>sha256:</c> and the lower-case hex SHA-256 of the document's UTF-8 text.</summary>
internal static class DocumentIdentifier
{
    public const string Prefix = "sha256:";
    public const int Length = 71;

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    public static string Of(string document) => Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.StartsWith(Prefix, StringComparison.Ordinal) && id.AsSpan(Prefix.Length).ContainsAnyExcept(LowerHex) is false;
}
