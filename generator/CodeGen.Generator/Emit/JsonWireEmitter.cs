using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>Emits the small internal helper class that the converters of one spec share.</summary>
internal static class JsonWireEmitter
{
    public static string Emit(ApiModel api)
    {
        var writer = FileHeader.Start(api.SpecFileName);
        using (writer.Block("namespace " + api.SerializationNamespace))
        {
            writer.Lines(Body.Replace("{GeneratedCode}", FileHeader.GeneratedCodeAttribute));
        }

        return writer.ToString();
    }

    private const string Body = """
/// <summary>Reading and writing helpers shared by the generated converters.</summary>
{GeneratedCode}
internal static class JsonWire
{
    // Room for any date format on the stack; a longer one falls back to a string.
    private const int FormatBufferLength = 64;

    internal delegate T ValueReader<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options);

    /// <summary>A converter for a body that is a list, a map or a scalar, made of the generated readers and writers.</summary>
    internal sealed class DelegateConverter<T> : global::System.Text.Json.Serialization.JsonConverter<T>
    {
        private readonly ValueReader<T> _read;
        private readonly global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> _write;

        public DelegateConverter(ValueReader<T> read, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> write)
        {
            _read = read;
            _write = write;
        }

        public override T Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => _read(ref reader, options);

        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options) => _write(writer, value, options);
    }

    public static void ExpectStartObject(ref global::System.Text.Json.Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject) throw UnexpectedToken(ref reader, typeName, "an object");
    }

    public static global::System.Text.Json.JsonException UnexpectedToken(ref global::System.Text.Json.Utf8JsonReader reader, string what, string expected) =>
        new global::System.Text.Json.JsonException($"{what}: expected {expected} but found {reader.TokenType}.");

    public static global::System.Text.Json.JsonException MissingProperty(string typeName, string jsonName) =>
        new global::System.Text.Json.JsonException($"{typeName}: the required property '{jsonName}' is missing.");

    public static global::System.Text.Json.JsonException NullNotAllowed(string typeName, string jsonName) =>
        new global::System.Text.Json.JsonException($"{typeName}: the property '{jsonName}' must not be null.");

    public static string ReadString(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.String) throw UnexpectedToken(ref reader, "Value", "a string");
        return reader.GetString()!;
    }

    /// <summary>Reads an RFC 3339 date-time.</summary>
    public static global::System.DateTimeOffset ReadDateTime(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && reader.TryGetDateTimeOffset(out var value)) return value;
        throw new global::System.Text.Json.JsonException($"Expected an RFC 3339 date-time such as \"2021-07-28T10:00:00Z\" but found {Describe(ref reader)}.");
    }

    /// <summary>Reads a date and time in a custom format; the value on the wire is UTC.</summary>
    public static global::System.DateTimeOffset ReadDateTime(ref global::System.Text.Json.Utf8JsonReader reader, string format)
    {
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.String &&
            global::System.DateTimeOffset.TryParseExact(reader.GetString(), format, global::System.Globalization.CultureInfo.InvariantCulture,
                global::System.Globalization.DateTimeStyles.AssumeUniversal | global::System.Globalization.DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        throw new global::System.Text.Json.JsonException($"Expected a UTC date and time in the format \"{format}\" but found {Describe(ref reader)}.");
    }

    public static global::System.DateOnly ReadDate(ref global::System.Text.Json.Utf8JsonReader reader, string format)
    {
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.String &&
            global::System.DateOnly.TryParseExact(reader.GetString(), format, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.None, out var value))
        {
            return value;
        }

        throw new global::System.Text.Json.JsonException($"Expected a date in the format \"{format}\" but found {Describe(ref reader)}.");
    }

    /// <summary>Writes an RFC 3339 date-time in UTC, such as <c>2021-07-28T10:00:00Z</c>.</summary>
    public static void WriteDateTime(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateTimeOffset value) =>
        writer.WriteStringValue(value.UtcDateTime);

    /// <summary>Writes a date and time converted to UTC, in a custom format, formatted on the stack.</summary>
    public static void WriteDateTime(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateTimeOffset value, string format)
    {
        global::System.Span<char> buffer = stackalloc char[FormatBufferLength];
        if (value.UtcDateTime.TryFormat(buffer, out var written, format, global::System.Globalization.CultureInfo.InvariantCulture)) writer.WriteStringValue(buffer.Slice(0, written));
        else writer.WriteStringValue(value.UtcDateTime.ToString(format, global::System.Globalization.CultureInfo.InvariantCulture));
    }

    public static void WriteDate(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateOnly value, string format)
    {
        global::System.Span<char> buffer = stackalloc char[FormatBufferLength];
        if (value.TryFormat(buffer, out var written, format, global::System.Globalization.CultureInfo.InvariantCulture)) writer.WriteStringValue(buffer.Slice(0, written));
        else writer.WriteStringValue(value.ToString(format, global::System.Globalization.CultureInfo.InvariantCulture));
    }

    public static global::System.Collections.Generic.List<T> ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, ValueReader<T> readItem)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray) throw UnexpectedToken(ref reader, "Value", "an array");
        var list = new global::System.Collections.Generic.List<T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) throw new global::System.Text.Json.JsonException("An array item must not be null.");
            list.Add(readItem(ref reader, options));
        }

        return list;
    }

    public static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.List<T> list, global::System.Text.Json.JsonSerializerOptions options, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> writeItem)
    {
        writer.WriteStartArray();
        foreach (var item in list) writeItem(writer, item, options);
        writer.WriteEndArray();
    }

    public static global::System.Collections.Generic.Dictionary<string, T> ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, ValueReader<T> readValue)
    {
        ExpectStartObject(ref reader, "Map");
        var map = new global::System.Collections.Generic.Dictionary<string, T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) throw new global::System.Text.Json.JsonException($"The value of '{key}' must not be null.");
            map[key] = readValue(ref reader, options);
        }

        return map;
    }

    public static void WriteMap<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.Dictionary<string, T> map, global::System.Text.Json.JsonSerializerOptions options, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> writeValue)
    {
        writer.WriteStartObject();
        foreach (var pair in map)
        {
            writer.WritePropertyName(pair.Key);
            writeValue(writer, pair.Value, options);
        }

        writer.WriteEndObject();
    }

    private static string Describe(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.String ? $"\"{reader.GetString()}\"" : reader.TokenType.ToString();
}
""";
}
