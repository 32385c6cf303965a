using System.Collections;
using System.Data.Common;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>The answer of <see cref="StandInDatabase"/>: one row. Its columns are the given values,
/// or, without values, as many as a statement selects, each a made-up value of whatever type it is
/// read as: enough for EF Core to make an object of any projection. The same made-up id everywhere,
/// so that a row a loader asks for by a page's id is found; text is "0", which EF Core reads as the
/// first value of any enum stored by name.</summary>
internal sealed class StandInRow(IReadOnlyList<object>? values) : DbDataReader
{
    public static readonly Guid Id = new("5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5");

    private static readonly DateTime Instant = new(2026, 6, 30, 8, 0, 0, DateTimeKind.Utc);
    private bool _read;
    private bool _closed;

    // No statement of the Hub selects more.
    public override int FieldCount => values?.Count ?? 512;

    public override bool HasRows => true;

    public override bool IsClosed => _closed;

    public override int RecordsAffected => 1;

    public override int Depth => 0;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read()
    {
        var first = !_read;
        _read = true;
        return first;
    }

    public override bool NextResult() => false;

    public override void Close() => _closed = true;

    public override bool IsDBNull(int ordinal) => false;

    public override T GetFieldValue<T>(int ordinal) => values is null ? (T)MadeUp(typeof(T)) : (T)Convert(values[ordinal], typeof(T));

    public override object GetValue(int ordinal) => values?[ordinal] ?? "0";

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    public override bool GetBoolean(int ordinal) => GetFieldValue<bool>(ordinal);

    public override byte GetByte(int ordinal) => GetFieldValue<byte>(ordinal);

    public override char GetChar(int ordinal) => GetFieldValue<char>(ordinal);

    public override DateTime GetDateTime(int ordinal) => GetFieldValue<DateTime>(ordinal);

    public override decimal GetDecimal(int ordinal) => GetFieldValue<decimal>(ordinal);

    public override double GetDouble(int ordinal) => GetFieldValue<double>(ordinal);

    public override float GetFloat(int ordinal) => GetFieldValue<float>(ordinal);

    public override Guid GetGuid(int ordinal) => GetFieldValue<Guid>(ordinal);

    public override short GetInt16(int ordinal) => GetFieldValue<short>(ordinal);

    public override int GetInt32(int ordinal) => GetFieldValue<int>(ordinal);

    public override long GetInt64(int ordinal) => GetFieldValue<long>(ordinal);

    public override string GetString(int ordinal) => GetFieldValue<string>(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => 0;

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => 0;

    public override string GetDataTypeName(int ordinal) => "sql_variant";

    public override Type GetFieldType(int ordinal) => values?[ordinal].GetType() ?? typeof(object);

    public override string GetName(int ordinal) => "c" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override int GetOrdinal(string name) => throw new NotSupportedException("The Hub reads columns by position.");

    public override IEnumerator GetEnumerator() => throw new NotSupportedException("The Hub reads rows with Read.");

    private static object Convert(object value, Type type) => type.IsInstanceOfType(value) ? value : System.Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture);

    private static object MadeUp(Type type) => type switch
    {
        _ when type == typeof(bool) => true,
        _ when type == typeof(byte) => (byte)1,
        _ when type == typeof(short) => (short)1,
        _ when type == typeof(int) => 1,
        _ when type == typeof(long) => 1L,
        _ when type == typeof(decimal) => 1m,
        _ when type == typeof(double) => 1d,
        _ when type == typeof(float) => 1f,
        _ when type == typeof(char) => '0',
        _ when type == typeof(Guid) => Id,
        _ when type == typeof(DateTime) => Instant,
        _ when type == typeof(DateTimeOffset) => new DateTimeOffset(Instant),
        _ when type == typeof(DateOnly) => DateOnly.FromDateTime(Instant),
        _ when type == typeof(TimeSpan) => TimeSpan.Zero,
        _ when type == typeof(byte[]) => Array.Empty<byte>(),
        _ => "0",
    };
}
