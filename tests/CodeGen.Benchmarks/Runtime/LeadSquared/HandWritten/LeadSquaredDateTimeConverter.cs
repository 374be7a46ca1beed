using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeGen.Benchmarks.Runtime.LeadSquared.HandWritten;

/// <summary>LeadSquared's dates: UTC wall-clock time as "yyyy-MM-dd HH:mm:ss", formatted without a string.</summary>
public sealed class LeadSquaredDateTimeConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-dd HH:mm:ss";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.ParseExact(reader.GetString()!, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[Format.Length];
        value.UtcDateTime.TryFormat(buffer, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }
}
