using System.Linq;
using CodeGen.Helpers;
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
            var names = new[]
            {
                ("{GeneratedCode}", FileHeader.GeneratedCodeAttribute),
                ("{JsonWire}", api.JsonWireName),
                ("{UnknownValueCapacity}", EnumModel.UnknownValueCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("{EnumWireValues}", GeneratedNames.EnumWireValues),
                ("{EnumConverterBase}", GeneratedNames.EnumConverterBase(api.ApiName)),
            };
            var parts = new[]
            {
                ("{PropertyWriters}", JsonWirePropertyWriters.Body),
                ("{EnumHelpers}", api.Enums.Count > 0 ? TemplateText.Fill(JsonWireEnumHelpers.Body, names) : ""),
                ("{UnionHelpers}", api.Unions.Count > 0 ? JsonWireUnionHelpers.Body : ""),
            };
            writer.Lines(TemplateText.Fill(Body, parts.Concat(names).ToArray()));
        }

        return writer.ToString();
    }

    /// <summary>The helper class's nested types, which code importing it sees by their names.</summary>
    public static readonly string[] NestedTypes = SerializationScope.NestedTypesOf(
        TemplateText.Fill(Body,
            ("{EnumHelpers}", TemplateText.Fill(JsonWireEnumHelpers.Body, ("{EnumWireValues}", GeneratedNames.EnumWireValues))),
            ("{UnionHelpers}", JsonWireUnionHelpers.Body),
            ("{PropertyWriters}", JsonWirePropertyWriters.Body),
            ("{EnumWireValues}", GeneratedNames.EnumWireValues)));

    private const string Body = """
/// <summary>Reading and writing helpers shared by the generated converters.</summary>
{GeneratedCode}
internal static class {JsonWire}
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

    /// <summary>
    /// Walks the properties of one object for its converter: a copy of the reader at the current property's name, to
    /// match the name and to name the property in an error, and the properties the model does not declare, kept as
    /// they came.
    /// </summary>
    internal ref struct PropertyCursor
    {
        private global::System.Text.Json.Utf8JsonReader _name;
        private global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? _additionalProperties;

        /// <summary>The properties read that the model does not declare, in the order they came; null when there are none.</summary>
        public readonly global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? AdditionalProperties => _additionalProperties;

        /// <summary>True while a property's value is being read.</summary>
        public readonly bool IsAtProperty => _name.TokenType == global::System.Text.Json.JsonTokenType.PropertyName;

        /// <summary>The name of the property whose value is being read.</summary>
        public string Name => _name.GetString()!;

        /// <summary>
        /// Moves the reader to the value of the object's next property; false at the end of the object, where the
        /// cursor leaves the last property so that a later error has no property path.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MoveNext(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (!reader.Read() || reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject)
            {
                _name = default;
                return false;
            }

            _name = reader;
            reader.Read();
            return true;
        }

        /// <summary>Moves the reader to the value of the object's next property, and tells whether that value is null.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MoveNext(ref global::System.Text.Json.Utf8JsonReader reader, out bool isNull)
        {
            var moved = MoveNext(ref reader);
            isNull = reader.TokenType == global::System.Text.Json.JsonTokenType.Null;
            return moved;
        }

        /// <summary>True when the current property has the name <paramref name="utf8Name"/>.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool Is(global::System.ReadOnlySpan<byte> utf8Name) => _name.ValueTextEquals(utf8Name);

        /// <summary>Keeps the current property, which the model does not declare, as it came.</summary>
        public void KeepAsAdditional(ref global::System.Text.Json.Utf8JsonReader reader) => ReadAdditionalProperty(ref reader, Name, ref _additionalProperties);
    }

    /// <summary>Reads a non-null value with its generated converter.</summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static T ReadValue<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.Serialization.JsonConverter<T> converter, global::System.Text.Json.JsonSerializerOptions options) =>
        converter.Read(ref reader, typeof(T), options)!;

    // The readers of nullable properties: null for a JSON null, else what the non-null reader reads.

    public static T? ReadOrNull<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.Serialization.JsonConverter<T> converter, global::System.Text.Json.JsonSerializerOptions options)
        where T : class =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadValue(ref reader, converter, options);

    public static string? ReadStringOrNull(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadString(ref reader);

    public static bool? ReadBooleanOrNull(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadBoolean(ref reader);

    public static global::System.DateTimeOffset? ReadDateTimeOrNull(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadDateTime(ref reader);

    public static global::System.Collections.Generic.List<T>? ReadListOrNull<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, ValueReader<T> readItem) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadList(ref reader, options, readItem);

    public static global::System.Collections.Generic.List<T>? ReadListOrNull<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, global::System.Text.Json.Serialization.JsonConverter<T> itemConverter) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadList(ref reader, options, itemConverter);

{PropertyWriters}

    public static global::System.Text.Json.JsonException UnexpectedToken(ref global::System.Text.Json.Utf8JsonReader reader, string what, string expected) =>
        new global::System.Text.Json.JsonException(reader.TokenType == global::System.Text.Json.JsonTokenType.Null
            ? $"{what} must not be null: expected {expected}."
            : $"{what}: expected {expected} but found {reader.TokenType}.");

    public static global::System.Text.Json.JsonException MissingProperty(string typeName, string jsonName) =>
        new global::System.Text.Json.JsonException($"{typeName}: the required property '{jsonName}' is missing.");

    public static global::System.Text.Json.JsonException NullNotAllowed(string typeName, string jsonName) =>
        new global::System.Text.Json.JsonException($"{typeName}: the property '{jsonName}' must not be null.");

    /// <summary>
    /// The error of a value inside an object or array, with the JSON path from here to the value in its message and
    /// <c>Path</c>; each enclosing converter adds its own segment as the error passes through it.
    /// </summary>
    public static global::System.Text.Json.JsonException AtPath(global::System.Text.Json.JsonException error, string propertyName) =>
        AtSegment(error, IsPlainName(propertyName) ? "." + propertyName : "['" + propertyName.Replace("'", "\\'") + "']");

    /// <summary>The error of an array item, with the item's index in its path.</summary>
    public static global::System.Text.Json.JsonException AtPath(global::System.Text.Json.JsonException error, int index) =>
        AtSegment(error, "[" + index.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]");

    private static global::System.Text.Json.JsonException AtSegment(global::System.Text.Json.JsonException error, string segment)
    {
        // An error that already has a path was made here: it keeps the original error, whose message is extended again.
        var original = error.Path is not null && error.InnerException is global::System.Text.Json.JsonException inner ? inner : error;
        var path = "$" + segment + (original == error ? "" : error.Path!.Substring(1));
        return new global::System.Text.Json.JsonException($"{original.Message} Path: {path}.", path, null, null, original);
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0) return false;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_') return false;
        }

        return true;
    }

    public static bool ReadBoolean(ref global::System.Text.Json.Utf8JsonReader reader) => reader.TokenType switch
    {
        global::System.Text.Json.JsonTokenType.True => true,
        global::System.Text.Json.JsonTokenType.False => false,
        _ => throw UnexpectedToken(ref reader, "Value", "true or false"),
    };

    public static int ReadInt32(ref global::System.Text.Json.Utf8JsonReader reader) =>
        IsNumber(ref reader, "an integer") && reader.TryGetInt32(out var value) ? value : throw OutOfRange(ref reader, "a whole number from -2147483648 to 2147483647 (int32)");

    public static long ReadInt64(ref global::System.Text.Json.Utf8JsonReader reader) =>
        IsNumber(ref reader, "an integer") && reader.TryGetInt64(out var value) ? value : throw OutOfRange(ref reader, "a whole number from -9223372036854775808 to 9223372036854775807 (int64)");

    public static float ReadSingle(ref global::System.Text.Json.Utf8JsonReader reader) =>
        IsNumber(ref reader, "a number") && reader.TryGetSingle(out var value) && float.IsFinite(value) ? value : throw OutOfRange(ref reader, "a number within the range of float");

    public static double ReadDouble(ref global::System.Text.Json.Utf8JsonReader reader) =>
        IsNumber(ref reader, "a number") && reader.TryGetDouble(out var value) && double.IsFinite(value) ? value : throw OutOfRange(ref reader, "a number within the range of double");

    public static decimal ReadDecimal(ref global::System.Text.Json.Utf8JsonReader reader) =>
        IsNumber(ref reader, "a number") && reader.TryGetDecimal(out var value) ? value : throw OutOfRange(ref reader, "a number within the range of decimal");

    private static bool IsNumber(ref global::System.Text.Json.Utf8JsonReader reader, string expected) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Number ? true : throw UnexpectedToken(ref reader, "Value", expected);

    /// <summary>A number the C# type cannot hold: an error, never a value wrapped or rounded to fit.</summary>
    public static global::System.Text.Json.JsonException OutOfRange(ref global::System.Text.Json.Utf8JsonReader reader, string expected)
    {
        var number = global::System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
        return new global::System.Text.Json.JsonException($"Expected {expected} but found {number}.");
    }

    public static string ReadString(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.String) throw UnexpectedToken(ref reader, "Value", "a string");
        return reader.GetString()!;
    }

    /// <summary>Reads a string, as a <see cref="ValueReader{T}"/> of list items and map values.</summary>
    public static string ReadString(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options) => ReadString(ref reader);

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

    /// <summary>Writes a property's name and its RFC 3339 date-time in UTC.</summary>
    public static void WriteDateTime(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateTimeOffset value) =>
        writer.WriteString(name, value.UtcDateTime);

    /// <summary>Writes a property's name and its date and time converted to UTC, in a custom format.</summary>
    public static void WriteDateTime(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateTimeOffset value, string format)
    {
        writer.WritePropertyName(name);
        WriteDateTime(writer, value, format);
    }

    /// <summary>Writes a property's name and its date in a custom format.</summary>
    public static void WriteDate(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateOnly value, string format)
    {
        writer.WritePropertyName(name);
        WriteDate(writer, value, format);
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
            try
            {
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) throw new global::System.Text.Json.JsonException("An array item must not be null.");
                list.Add(readItem(ref reader, options));
            }
            catch (global::System.Text.Json.JsonException error)
            {
                throw AtPath(error, list.Count);
            }
        }

        return list;
    }

    public static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.List<T> list, global::System.Text.Json.JsonSerializerOptions options, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> writeItem)
    {
        writer.WriteStartArray();
        foreach (var item in list) writeItem(writer, item, options);
        writer.WriteEndArray();
    }

    /// <summary>Reads a list whose items have a generated converter.</summary>
    public static global::System.Collections.Generic.List<T> ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, global::System.Text.Json.Serialization.JsonConverter<T> itemConverter)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray) throw UnexpectedToken(ref reader, "Value", "an array");
        var list = new global::System.Collections.Generic.List<T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
        {
            try
            {
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) throw new global::System.Text.Json.JsonException("An array item must not be null.");
                list.Add(itemConverter.Read(ref reader, typeof(T), options)!);
            }
            catch (global::System.Text.Json.JsonException error)
            {
                throw AtPath(error, list.Count);
            }
        }

        return list;
    }

    /// <summary>Writes a property's name and its list; nothing when there is no list.</summary>
    public static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.Collections.Generic.List<T>? list, global::System.Text.Json.JsonSerializerOptions options, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> writeItem)
    {
        if (list is null) return;
        writer.WritePropertyName(name);
        WriteList(writer, list, options, writeItem);
    }

    /// <summary>Writes a list whose items have a generated converter.</summary>
    public static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.List<T> list, global::System.Text.Json.JsonSerializerOptions options, global::System.Text.Json.Serialization.JsonConverter<T> itemConverter)
    {
        writer.WriteStartArray();
        foreach (var item in list) itemConverter.Write(writer, item, options);
        writer.WriteEndArray();
    }

    /// <summary>Writes a property's name and its list, whose items have a generated converter; nothing when there is no list.</summary>
    public static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.Collections.Generic.List<T>? list, global::System.Text.Json.JsonSerializerOptions options, global::System.Text.Json.Serialization.JsonConverter<T> itemConverter)
    {
        if (list is null) return;
        writer.WritePropertyName(name);
        WriteList(writer, list, options, itemConverter);
    }

    public static global::System.Collections.Generic.Dictionary<string, T> ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, ValueReader<T> readValue)
    {
        ExpectStartObject(ref reader, "Map");
        var map = new global::System.Collections.Generic.Dictionary<string, T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            try
            {
                reader.Read();
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) throw new global::System.Text.Json.JsonException($"The value of '{key}' must not be null.");
                map[key] = readValue(ref reader, options);
            }
            catch (global::System.Text.Json.JsonException error)
            {
                throw AtPath(error, key);
            }
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

    /// <summary>Writes a property's name and its map; nothing when there is no map.</summary>
    public static void WriteMap<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.Collections.Generic.Dictionary<string, T>? map, global::System.Text.Json.JsonSerializerOptions options, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> writeValue)
    {
        if (map is null) return;
        writer.WritePropertyName(name);
        WriteMap(writer, map, options, writeValue);
    }

    /// <summary>Keeps a property the model does not declare, as it came.</summary>
    public static void ReadAdditionalProperty(ref global::System.Text.Json.Utf8JsonReader reader, string name, ref global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? additionalProperties) =>
        (additionalProperties ??= new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>())[name] = global::System.Text.Json.JsonElement.ParseValue(ref reader);

    /// <summary>Writes back the properties a model does not declare, in the order they came.</summary>
    public static void WriteAdditionalProperties(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? additionalProperties)
    {
        if (additionalProperties is null) return;
        foreach (var pair in additionalProperties)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }
    }

    private static string Describe(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.String ? $"\"{reader.GetString()}\"" : reader.TokenType.ToString();{EnumHelpers}{UnionHelpers}
}
""";
}
