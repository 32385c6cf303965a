using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using GraphQL;

namespace Hub.Api.GraphQL.Paging;

/// <summary>An opaque cursor: the ordering key values of one item, bound to the ordering it was
/// made under so that a cursor from another ordering is refused rather than misread.</summary>
internal static class Cursor
{
    public static string Encode(string ordering, IReadOnlyList<object?> values) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new CursorBody(ordering, values.ToArray()))));

    public static object?[] Decode(string cursor, string ordering, IReadOnlyList<Type> types)
    {
        try
        {
            var body = JsonSerializer.Deserialize<CursorBody<JsonElement>>(Base64Url.DecodeFromChars(cursor));
            if (body is null || body.Ordering != ordering || body.Values.Length != types.Count)
            {
                throw Invalid();
            }

            return body.Values.Select((v, i) => v.Deserialize(types[i])).ToArray();
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException or ArgumentException)
        {
            throw Invalid();
        }
    }

    private static ExecutionError Invalid() =>
        new("The cursor is not one of this field's cursors under this ordering.") { Code = ErrorCodes.InvalidCursor };

    private sealed record CursorBody(string Ordering, object?[] Values);

    private sealed record CursorBody<T>(string Ordering, T[] Values);
}
