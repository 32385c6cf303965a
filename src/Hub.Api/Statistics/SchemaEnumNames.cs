using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL.Types;

namespace Hub.Api.Statistics;

/// <summary>Writes an enum value as the schema names it (<c>AGE_30_38</c>, not <c>Age30To38</c>):
/// what an audited question's filter holds.</summary>
internal sealed class SchemaEnumNames(ISchema schema) : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Named<>).MakeGenericType(typeToConvert), schema)!;

    private sealed class Named<TEnum>(ISchema schema) : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        private readonly EnumerationGraphType? _type = schema.AllTypes.OfType<EnumerationGraphType>()
            .FirstOrDefault(t => t.GetType().BaseType?.GetGenericArguments().FirstOrDefault() == typeof(TEnum));

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Audited questions are written, never read back as enums.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(_type?.Values.FindByValue(value)?.Name ?? value.ToString());
    }
}
